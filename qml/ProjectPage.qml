import QtQuick
import CivicKiosk.Models

// One project showcase: picture, what it is, who is behind it.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string projectId
    title: project.title

    ItemDetails {
        id: project
        catalog: root.catalog
        kind: ItemDetails.Project
        itemId: root.projectId
    }

    Image {
        width: parent.width
        height: width * 5 / 8
        source: project.imageUrl
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        visible: status === Image.Ready
    }
    Heading {
        objectName: "projectTitle"
        text: project.title
    }
    SignLanguageButton {
        video: project.signVideoUrl
        onPlayRequested: video => root.signLanguageRequested(video)
    }
    Text {
        width: parent.width
        visible: text.length > 0
        text: Format.joinNonEmpty([project.year > 0 ? qsTr("Year: %1").arg(project.year) : "",
                                   project.districtName.length > 0 ? qsTr("District: %1").arg(project.districtName) : ""],
                                  " · ")
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    FallbackNote {
        visible: project.fallback
        catalog: root.catalog
    }
    BodyText {
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontHeading
        text: project.summary
    }
    BodyText {
        text: project.body
    }
    Heading {
        level: 2
        visible: project.partners.length > 0
        text: qsTr("Partners")
    }
    BodyText {
        textFormat: Text.PlainText
        visible: project.partners.length > 0
        text: Format.joinNonEmpty(project.partners, "\n")
    }

    TakeAwayCard {
        objectName: "projectTakeAway"
        width: parent.width
        payload: project.webAddress
        explanation: qsTr("Scan with your phone's camera to find this project on the web.")
        caption: project.webAddress
    }
}
