import QtQuick
import CivicKiosk.Models

// The frame around every page: navigation on top (but on home), the page, the emergency strip.
Item {
    id: root

    required property Catalog catalog
    required property Router router
    required property IdleReset idleReset
    required property DisplayModes displayModes
    required property ReadAloud readAloud
    readonly property bool atHome: root.router.page === "home"

    Binding {
        target: Theme
        property: "highContrast"
        value: root.displayModes.highContrast
    }
    Binding {
        target: Theme
        property: "largeText"
        value: root.displayModes.largeText
    }

    // In low reach, the top of the screen holds nothing to touch: everything moves below it.
    LowReachBand {
        id: reachBand
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: root.displayModes.lowReach ? root.height * root.displayModes.lowReachTop : 0
        visible: height > 0
        catalog: root.catalog
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        anchors.top: reachBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        visible: !root.atHome
        height: visible ? implicitHeight : 0
        catalog: root.catalog
        router: root.router
        title: (page.item as ScrollPage)?.title ?? ""
        onLanguageRequested: languageSheet.visible = true
        onAccessibilityRequested: accessibilitySheet.visible = true
    }

    Loader {
        id: page
        objectName: "page"
        anchors.top: navBar.bottom
        anchors.bottom: OnScreenKeyboard.open ? keyboard.top : emergency.top
        anchors.left: parent.left
        anchors.right: parent.right

        // A fresh page for every route: scroll positions and page state start anew.
        function show(): void {
            const files = {
                section: "SectionPage.qml", tip: "TipPage.qml", project: "ProjectPage.qml",
                projects: "ProjectsPage.qml", contacts: "ContactsPage.qml", district: "DistrictPage.qml",
                about: "AboutPage.qml", page: "InfoPage.qml", search: "SearchPage.qml",
                contact: "ContactPage.qml"
            };
            const idProperties = {
                section: "sectionId", tip: "tipId", project: "projectId", district: "districtId", page: "pageId",
                contact: "contactId", search: "query"
            };
            const name = root.router.page;
            // The search page keeps its route up to date as the visitor types: no new page for that.
            const search = page.item as SearchPage;
            if (name === "search" && search !== null && search.query === root.router.argument)
                return;
            // The keyboard must exist before the search field takes the focus: asked to show
            // with no keyboard in the window, Qt Virtual Keyboard opens one in a window of its own.
            if (name === "search")
                keyboard.active = true;
            let properties = { catalog: root.catalog, router: root.router };
            if (idProperties[name] !== undefined)
                properties[idProperties[name]] = root.router.argument;
            setSource(files[name] ?? "HomePage.qml", properties);
        }

        Component.onCompleted: show()

        Connections {
            target: page.item as ScrollPage
            function onSignLanguageRequested(video: string): void {
                signLanguage.setSource("SignLanguageVideo.qml", { video: video });
            }
        }

        Connections {
            target: page.item as HomePage
            ignoreUnknownSignals: true
            function onAccessibilityRequested(): void {
                accessibilitySheet.visible = true;
            }
        }

        Connections {
            target: root.router
            function onRouteChanged(): void {
                page.show();
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

    // The on-screen keyboard rises above the emergency numbers, never over them. It is made
    // when the search page first opens (Qt Virtual Keyboard's layouts and styles would cost
    // every start time and memory) and then kept.
    Loader {
        id: keyboard
        // Its height follows its width: on a landscape screen a full-width keyboard would hide
        // the results, so it keeps a portrait screen's width there.
        width: Math.min(parent.width, 1200)
        anchors.horizontalCenter: parent.horizontalCenter
        y: OnScreenKeyboard.open ? emergency.y - height : parent.height
        active: false
        source: "KeyboardPanel.qml"
    }
    Binding {
        target: keyboard.item
        when: keyboard.status === Loader.Ready
        property: "locale"
        value: root.catalog.keyboardLocale
    }

    // A sign-language video over the page; gone when it ends or is closed.
    Loader {
        id: signLanguage
        anchors.top: reachBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: emergency.top
    }
    Connections {
        target: signLanguage.item
        ignoreUnknownSignals: true
        function onClosed(): void {
            signLanguage.source = "";
        }
    }

    // Overlays leave the emergency numbers in full view.
    LanguageSheet {
        id: languageSheet
        anchors.top: reachBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: emergency.top
        visible: false
        catalog: root.catalog
        onClosed: visible = false
    }

    AccessibilitySheet {
        id: accessibilitySheet
        anchors.top: reachBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: emergency.top
        visible: false
        catalog: root.catalog
        displayModes: root.displayModes
        readAloud: root.readAloud
        onClosed: visible = false
        onReadAloudRequested: {
            visible = false;
            root.readAloud.read(page.item, root.catalog.language);
        }
    }

    IdleOverlay {
        anchors.top: reachBand.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: emergency.top
        idleReset: root.idleReset
    }

    // The next visitor finds nothing of the last one open.
    Connections {
        target: root.idleReset
        function onReset(): void {
            languageSheet.visible = false;
            accessibilitySheet.visible = false;
            signLanguage.source = "";
            OnScreenKeyboard.close();
        }
    }
}
