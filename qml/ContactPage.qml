pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// One contact on its own, as a search result opens it.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string contactId
    title: qsTr("Contact")

    Repeater {
        model: ContactModel {
            catalog: root.catalog
            listedOnly: true
            contactIds: [root.contactId]
        }
        delegate: ContactCard {
            width: parent.width
        }
    }
}
