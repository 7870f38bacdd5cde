import QtQuick
import CivicKiosk.Models

// The frame around every page: navigation on top (but on home), the page, the emergency strip.
Item {
    id: root

    required property Catalog catalog
    required property Router router
    readonly property bool atHome: root.router.page === "home"

    NavBar {
        id: navBar
        objectName: "navBar"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        visible: !root.atHome
        height: visible ? implicitHeight : 0
        catalog: root.catalog
        router: root.router
        title: page.item && page.item.title !== undefined ? page.item.title : ""
        onLanguageRequested: languageSheet.visible = true
    }

    Loader {
        id: page
        objectName: "page"
        anchors.top: navBar.bottom
        anchors.bottom: emergency.top
        anchors.left: parent.left
        anchors.right: parent.right
        sourceComponent: {
            switch (root.router.page) {
            case "section": return sectionPage;
            case "tip": return tipPage;
            case "project": return projectPage;
            case "projects": return projectsPage;
            case "contacts": return contactsPage;
            case "district": return districtPage;
            case "about": return aboutPage;
            case "page": return infoPage;
            default: return homePage;
            }
        }

        // Swipe towards the reading direction's start to go back, as on a phone.
        DragHandler {
            id: swipe
            target: null
            yAxis.enabled: false
            onActiveChanged: {
                if (active)
                    return;
                const distance = centroid.position.x - centroid.pressPosition.x;
                const back = root.catalog.rightToLeft ? distance < -200 : distance > 200;
                if (back)
                    root.router.back();
            }
        }
    }

    EmergencyStrip {
        id: emergency
        objectName: "emergencyStrip"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        catalog: root.catalog
    }

    LanguageSheet {
        id: languageSheet
        anchors.fill: parent
        visible: false
        catalog: root.catalog
        onClosed: visible = false
    }

    Component {
        id: homePage
        HomePage {
            catalog: root.catalog
            router: root.router
        }
    }
    Component {
        id: sectionPage
        SectionPage {
            catalog: root.catalog
            router: root.router
            sectionId: root.router.argument
        }
    }
    Component {
        id: tipPage
        TipPage {
            catalog: root.catalog
            router: root.router
            tipId: root.router.argument
        }
    }
    Component {
        id: projectPage
        ProjectPage {
            catalog: root.catalog
            router: root.router
            projectId: root.router.argument
        }
    }
    Component {
        id: projectsPage
        ProjectsPage {
            catalog: root.catalog
            router: root.router
        }
    }
    Component {
        id: contactsPage
        ContactsPage {
            catalog: root.catalog
            router: root.router
        }
    }
    Component {
        id: districtPage
        DistrictPage {
            catalog: root.catalog
            router: root.router
            districtId: root.router.argument
        }
    }
    Component {
        id: aboutPage
        AboutPage {
            catalog: root.catalog
            router: root.router
        }
    }
    Component {
        id: infoPage
        InfoPage {
            catalog: root.catalog
            router: root.router
            pageId: root.router.argument
        }
    }
}
