import QtQuick

// A grid of equal tiles filling its width: fewer columns on a portrait screen, more in landscape.
Grid {
    id: root

    property int portraitColumns: 3
    property int landscapeColumns: 5
    /// The width each tile takes.
    readonly property real cellWidth: (width - (columns - 1) * spacing) / columns

    columns: width > 1400 ? landscapeColumns : portraitColumns
    spacing: Theme.spacing
}
