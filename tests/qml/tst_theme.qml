import QtQuick
import QtTest
import CivicKiosk

// Contrast of every text colour against its background, computed from the Theme's own tokens
// (WCAG 2 relative luminance): at least 4.5:1 normally, at least 7:1 in high contrast.
TestCase {
    id: root
    name: "Theme"

    function channel(value: real): real {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
    function luminance(c: color): real {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a);
        const lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    function checkPairs(minimum: real): void {
        verify(Theme.textPairs.length >= 10);
        for (const pair of Theme.textPairs) {
            const ratio = contrast(pair.text, pair.back);
            verify(ratio >= minimum, `${pair.name}: ${ratio.toFixed(2)}:1 is below ${minimum}:1`);
        }
    }

    function cleanup(): void {
        Theme.highContrast = false;
        Theme.largeText = false;
    }

    function test_contrastNormal(): void {
        checkPairs(4.5);
    }

    function test_contrastHigh(): void {
        Theme.highContrast = true;
        checkPairs(7.0);
    }

    function test_knowsALowContrastPair(): void {
        // The check itself: grey on white is caught.
        verify(contrast(Qt.color("#999999"), Qt.color("#ffffff")) < 4.5);
        compare(contrast(Qt.color("#000000"), Qt.color("#ffffff")).toFixed(1), "21.0");
    }

    function test_largeTextIsHalfAsLargeAgain(): void {
        const body = Theme.fontBody;
        const small = Theme.fontSmall;
        const target = Theme.touchTarget;
        Theme.largeText = true;
        verify(Theme.fontBody >= 1.5 * body);
        verify(Theme.fontSmall >= 1.5 * small);
        verify(Theme.touchTarget >= target);
    }
}
