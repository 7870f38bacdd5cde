pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia
import CivicKiosk.Models

// The attract loop, full screen: the pack's videos, pictures panning slowly, highlight tips.
// The first touch belongs to the loop alone: the controller ends it and shows home.
Rectangle {
    id: root

    required property AttractPlaylist attract
    required property Catalog catalog

    objectName: "attractView"
    color: Theme.primary

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: hint.text
    }

    MediaPlayer {
        id: player
        objectName: "attractPlayer"
        source: root.attract.kind === AttractPlaylist.Video ? root.attract.source : ""
        videoOutput: video
        onMediaStatusChanged: {
            if (player.mediaStatus === MediaPlayer.EndOfMedia)
                root.attract.finished();
            else if (player.mediaStatus === MediaPlayer.InvalidMedia)
                root.attract.failed("cannot play " + root.attract.source);  // for the log
        }
        onErrorOccurred: (error, errorString) => root.attract.failed(errorString)
    }
    VideoOutput {
        id: video
        anchors.fill: parent
        visible: root.attract.kind === AttractPlaylist.Video
        fillMode: VideoOutput.PreserveAspectCrop
    }
    Connections {
        target: root.attract
        function onEntered(): void {
            if (root.attract.kind === AttractPlaylist.Video)
                player.play();
            else
                player.stop();
            // A highlight tip that has ended since the loop began is skipped, never a blank slide.
            if (root.attract.kind === AttractPlaylist.Tip && !tip.found)
                root.attract.failed("tip " + root.attract.tipId + " is no longer shown");  // for the log
        }
    }

    Image {
        id: picture
        anchors.fill: parent
        visible: root.attract.kind === AttractPlaylist.Image
        source: visible ? root.attract.source : ""
        fillMode: Image.PreserveAspectFit
        sourceSize.width: root.width
        // The slow pan: a picture that moves is noticed from across the hall.
        NumberAnimation on scale {
            running: picture.visible
            from: 1.0
            to: 1.15
            duration: Math.max(1000, root.attract.seconds * 1000)
        }
    }

    ItemDetails {
        id: tip
        catalog: root.catalog
        kind: ItemDetails.Tip
        itemId: root.attract.tipId
    }
    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        visible: root.attract.kind === AttractPlaylist.Tip
        spacing: Theme.spacingLarge
        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: tip.imageUrl
            sourceSize.width: Math.min(parent.width, 800)
        }
        Text {
            width: parent.width
            text: tip.title
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHuge
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            text: tip.summary
            color: Theme.textOnPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            wrapMode: Text.Wrap
        }
    }

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: hint.implicitHeight + 2 * Theme.spacingLarge
        color: Theme.highlight
        Text {
            id: hint
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Touch the screen: tips, help and contacts")
            color: Theme.textOnHighlight
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
    }
}
