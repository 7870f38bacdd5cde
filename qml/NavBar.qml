import QtQuick
import CivicKiosk.Models

// Back, home and the language, one tap away on every screen but home.
Rectangle {
    id: root

    required property Catalog catalog
    required property Router router
    property string title
    signal languageRequested()
    signal accessibilityRequested()

    implicitHeight: Theme.headerHeight
    // Back and home drop their words before anything overlaps (large text, long translations).
    readonly property bool compact: 2 * Theme.touchTarget + 6 * Theme.spacing + language.implicitWidth
                                    + backButton.fullWidth + homeButton.fullWidth > width
    color: Theme.primary

    Row {
        id: buttons
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing

        TouchButton {
            id: backButton
            objectName: "backButton"
            iconOnly: root.compact
            icon: "back"
            text: qsTr("Back")
            baseColor: Theme.primaryRaised
            onClicked: root.router.back()
        }
        TouchButton {
            id: homeButton
            objectName: "homeButton"
            iconOnly: root.compact
            icon: "home"
            text: qsTr("Home")
            baseColor: Theme.primaryRaised
            onClicked: root.router.home()
        }
    }

    Text {
        anchors.left: buttons.right
        anchors.right: accessibility.left
        anchors.margins: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        // Pages show their own heading; the bar repeats it only where it fits.
        visible: width >= 240
        text: root.title
        color: Theme.textOnPrimary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignLeft
    }

    AccessibilityButton {
        id: accessibility
        anchors.right: search.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        onClicked: root.accessibilityRequested()
    }

    TouchButton {
        id: search
        objectName: "navSearchButton"
        anchors.right: language.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        visible: root.router.page !== "search"
        width: visible ? implicitWidth : 0
        icon: "search"
        baseColor: Theme.primaryRaised
        Accessible.name: qsTr("Search")
        onClicked: root.router.go("search")
    }

    TouchButton {
        id: language
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: root.catalog.languageName(root.catalog.language)
        icon: "language"
        baseColor: Theme.highlight
        textColor: Theme.textOnHighlight
        Accessible.name: qsTr("Language: %1").arg(text)
        onClicked: root.languageRequested()
    }
}
