pragma Singleton
import QtQuick

// Small text helpers shared by the pages.
QtObject {
    /// The non-empty parts, joined with `separator`.
    function joinNonEmpty(parts: list<string>, separator: string): string {
        let result = "";
        for (let i = 0; i < parts.length; ++i) {
            if (parts[i].length === 0)
                continue;
            result += (result.length > 0 ? separator : "") + parts[i];
        }
        return result;
    }
}
