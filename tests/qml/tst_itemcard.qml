import QtQuick
import QtTest
import CivicKiosk

Item {
    id: root
    width: 1000
    height: 800

    Component {
        id: cardComponent
        ItemCard {
            width: 900
            title: "Lock the door twice"
            summary: "A door that is only pulled shut opens in seconds."
            imageUrl: ""
        }
    }

    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    TestCase {
        name: "ItemCard"
        when: windowShown

        function test_wholeCardIsTheButton(): void {
            const card = createTemporaryObject(cardComponent, root);
            clickSpy.target = card;
            clickSpy.clear();
            mouseClick(card, card.width - 10, card.height - 10);
            compare(clickSpy.count, 1);
            compare(card.Accessible.role, Accessible.Button);
            compare(card.Accessible.name, "Lock the door twice");
        }

        function test_growsWithLongTitles(): void {
            const shortOne = createTemporaryObject(cardComponent, root);
            const longOne = createTemporaryObject(cardComponent, root,
                { title: "A very long title that cannot fit on one line of the card and has to wrap onto a second one" });
            verify(longOne.implicitHeight > shortOne.implicitHeight);
        }
    }
}
