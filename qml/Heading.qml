import QtQuick

Text {
    id: root

    property int level: 1

    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: root.level === 1 ? Theme.fontTitle : Theme.fontHeading
    font.weight: Font.Bold
    // A long compound ("Sicherheitspartnerschaft" in large text) breaks rather than runs off.
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
