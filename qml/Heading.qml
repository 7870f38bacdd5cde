import QtQuick

Text {
    id: root

    property int level: 1

    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: root.level === 1 ? Theme.fontTitle : Theme.fontHeading
    font.weight: Font.Bold
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}
