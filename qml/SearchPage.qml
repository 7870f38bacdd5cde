pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// Search as you type, with the on-screen keyboard: results grouped by kind, best group first.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    /// What the visitor typed; kept in the route so that "back" from a result finds it again.
    required property string query
    title: qsTr("Search")

    function groupName(kind: string): string {
        switch (kind) {
        case "tip": return qsTr("Tips");
        case "project": return qsTr("Projects");
        case "contact": return qsTr("Contacts");
        case "district": return qsTr("Districts");
        default: return qsTr("Information");
        }
    }

    SearchModel {
        id: results
        catalog: root.catalog
        query: root.query
    }

    Heading {
        text: root.title
    }

    SearchField {
        id: field
        objectName: "searchField"
        width: parent.width
        focus: true
        text: root.query
        onTextChanged: {
            root.query = text;
            root.router.replace(text.length > 0 ? "search/" + text : "search");
        }
        // The keyboard opens with the page: a visitor came here to type.
        Component.onCompleted: {
            field.forceActiveFocus();
            OnScreenKeyboard.show();
        }
    }

    Text {
        objectName: "searchHint"
        width: parent.width
        visible: results.count === 0
        text: root.query.trim().length === 0
              ? qsTr("Type a word, for example “burglary” or a district.")
              : qsTr("Nothing found for “%1”. Try a shorter or another word.").arg(root.query.trim())
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }

    Repeater {
        objectName: "searchResults"
        model: results
        delegate: Column {
            id: hit
            required property string kind
            required property string route
            required property string title
            required property string detail
            required property bool firstOfGroup
            width: parent.width
            spacing: Theme.spacing
            Heading {
                level: 2
                visible: hit.firstOfGroup
                text: root.groupName(hit.kind)
            }
            ItemCard {
                objectName: "result-" + hit.route
                width: parent.width
                title: hit.title
                summary: hit.detail
                imageUrl: ""
                onClicked: root.router.go(hit.route)
            }
        }
    }
}
