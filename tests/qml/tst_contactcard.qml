import QtQuick
import QtTest
import CivicKiosk

Item {
    id: root
    width: 1000
    height: 1200

    Component {
        id: cardComponent
        ContactCard {
            width: 900
            name: "Hilfetelefon"
            helpsWith: "Help for women"
            phone: "116 016"
            email: ""
            address: ""
            hours: "24/7"
            free: true
            anonymous: true
            verified: true
            contactId: "women-helpline"
        }
    }

    function texts(item: Item): list<string> {
        let result = [];
        if (!item.visible)
            return result;
        if (item.text !== undefined)
            result.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            result = result.concat(texts(item.children[i]));
        return result;
    }

    TestCase {
        name: "ContactCard"
        when: windowShown

        function test_showsNumberAndFacts(): void {
            const card = createTemporaryObject(cardComponent, root);
            const shown = root.texts(card);
            verify(shown.indexOf("116 016") >= 0);
            verify(shown.some(text => text.indexOf("24/7") === 0 && text.indexOf("·") > 0));
            compare(card.Accessible.name, "Hilfetelefon, 116 016");
        }

        function test_unverifiedIsMarked(): void {
            const card = createTemporaryObject(cardComponent, root, { verified: false });
            verify(root.texts(card).some(text => text.indexOf("Not confirmed") === 0));
            const checked = createTemporaryObject(cardComponent, root);
            verify(!root.texts(checked).some(text => text.indexOf("Not confirmed") === 0));
        }

        function test_withoutPhoneShowsEmailAndAddress(): void {
            const card = createTemporaryObject(cardComponent, root,
                                               { phone: "", email: "a@example.org", address: "Street 1" });
            const shown = root.texts(card);
            verify(shown.indexOf("a@example.org\nStreet 1") >= 0 || shown.indexOf("Street 1\na@example.org") >= 0);
            verify(card.implicitHeight > 0);
        }

        SignalSpy {
            id: takeAwaySpy
            signalName: "takeAwayRequested"
        }

        function test_takeAwayAsksForTheContactsPage(): void {
            const card = createTemporaryObject(cardComponent, root);
            takeAwaySpy.target = card;
            takeAwaySpy.clear();
            verify(root.texts(card).indexOf("Save on your phone") >= 0);
            const button = findChild(card, "takeAway-women-helpline");
            mouseClick(button);
            compare(takeAwaySpy.count, 1);
            compare(takeAwaySpy.signalArguments[0][0], "contact/women-helpline");
            const plain = createTemporaryObject(cardComponent, root, { canTakeAway: false });
            verify(root.texts(plain).indexOf("Save on your phone") < 0);
        }
    }
}
