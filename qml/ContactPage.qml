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
        delegate: Column {
            id: contact
            required property string name
            required property string helpsWith
            required property string phone
            required property string email
            required property string address
            required property string hours
            required property bool free
            required property bool anonymous
            required property bool verified
            required property string contactId
            required property string vcard
            width: parent.width
            spacing: Theme.spacingLarge
            ContactCard {
                width: parent.width
                name: contact.name
                helpsWith: contact.helpsWith
                phone: contact.phone
                email: contact.email
                address: contact.address
                hours: contact.hours
                free: contact.free
                anonymous: contact.anonymous
                verified: contact.verified
                contactId: contact.contactId
                canTakeAway: false
            }
            TakeAwayCard {
                objectName: "contactTakeAway"
                width: parent.width
                payload: contact.vcard
                explanation: qsTr("Scan with your phone's camera to save this contact.")
            }
        }
    }
}
