import QtQuick

// Running text from the pack, written in Markdown.
Text {
    width: parent ? parent.width : implicitWidth
    textFormat: Text.MarkdownText
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    lineHeight: 1.2
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
