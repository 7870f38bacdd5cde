import QtQuick

Text {
    property int level: 1

    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: level === 1 ? Theme.fontTitle : Theme.fontHeading
    font.weight: Font.Bold
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
