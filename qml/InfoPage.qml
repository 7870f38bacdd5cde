import QtQuick
import CivicKiosk.Models

// One information page of the pack (about, principles, privacy notice, ...).
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string pageId
    title: page.title

    ItemDetails {
        id: page
        catalog: root.catalog
        kind: ItemDetails.Page
        itemId: root.pageId
    }

    Heading {
        objectName: "pageTitle"
        text: page.title
    }
    SignLanguageButton {
        video: page.signVideoUrl
        onPlayRequested: video => root.signLanguageRequested(video)
    }
    FallbackNote {
        visible: page.fallback
        catalog: root.catalog
    }
    BodyText {
        text: page.body
    }
}
