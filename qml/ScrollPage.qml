import QtQuick

// A page's content in one column that scrolls with a finger; starts at the top on every visit.
Flickable {
    id: root

    default property alias content: column.data
    /// What the navigation bar says while this page is shown.
    property string title
    /// The page asks the shell to play its sign-language video.
    signal signLanguageRequested(string video)

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.spacingLarge
    }
}
