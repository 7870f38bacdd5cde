import QtQuick
import QtMultimedia

// The soft chime that goes with "Still there?", for a visitor who looked away. Made only when
// needed, and silent where the device has no audio.
SoundEffect {
    source: "sounds/still-there.wav"
    volume: 0.6
    Component.onCompleted: play()
}
