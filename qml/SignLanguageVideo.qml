import QtQuick
import QtMultimedia

// A sign-language video over the page, with large controls; closed by its button or at the end.
Rectangle {
    id: root

    required property string video
    signal closed()

    objectName: "signLanguageVideo"
    color: "#000000"
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("In sign language")

    MouseArea {
        anchors.fill: parent
    }
    MediaPlayer {
        id: player
        source: root.video
        videoOutput: output
        Component.onCompleted: player.play()
        onMediaStatusChanged: {
            if (player.mediaStatus === MediaPlayer.EndOfMedia || player.mediaStatus === MediaPlayer.InvalidMedia)
                root.finish();
        }
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        anchors.bottomMargin: close.height + 2 * Theme.spacing
    }
    function finish(): void {
        player.stop();
        player.source = "";
        root.closed();
    }
    TouchButton {
        id: close
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing
        text: qsTr("Close")
        onClicked: root.finish()
    }
}
