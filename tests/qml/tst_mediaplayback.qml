import QtQuick
import QtMultimedia
import QtTest

// The attract loop's formats play through to the end here: H.264 in MP4, VP9 in WebM.
Item {
    id: root
    width: 320
    height: 568

    MediaPlayer {
        id: player
        videoOutput: output
    }
    VideoOutput {
        id: output
        anchors.fill: parent
    }
    SignalSpy {
        id: errors
        target: player
        signalName: "errorOccurred"
    }

    TestCase {
        name: "MediaPlayback"
        when: windowShown

        function init(): void {
            errors.clear();
        }
        // Players stopped and sources cleared before the engine goes: Qt 6.4 + GStreamer can
        // otherwise crash at exit (QT-ON-DEBIAN.md).
        function cleanup(): void {
            player.stop();
            player.source = "";
        }

        function test_plays_data() {
            return [
                { tag: "H.264 MP4", file: "../data/media/clip-h264.mp4" },
                { tag: "VP9 WebM", file: "../data/media/clip-vp9.webm" }
            ];
        }
        function test_plays(data) {
            player.source = Qt.resolvedUrl(data.file);
            player.play();
            tryVerify(() => player.mediaStatus === MediaPlayer.EndOfMedia, 10000,
                      "did not play to the end: status " + player.mediaStatus + ", " + player.errorString);
            compare(errors.count, 0);
            verify(player.duration > 500);
        }

        function test_brokenFileIsAnError(): void {
            player.source = Qt.resolvedUrl("../data/minimal-pack/pack.json");
            player.play();
            tryVerify(() => errors.count > 0 || player.mediaStatus === MediaPlayer.InvalidMedia, 10000);
        }
    }
}
