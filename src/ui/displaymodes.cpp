#include "displaymodes.h"

#include <algorithm>

DisplayModes::DisplayModes(qreal lowReachTop, QObject *parent)
    : QObject(parent), m_lowReachTop(std::clamp(lowReachTop, 0.0, 0.6))
{
}

bool DisplayModes::set(bool &member, bool on)
{
    if (member == on)
        return false;
    member = on;
    emit changed();
    return true;
}

void DisplayModes::setLargeText(bool on)
{
    set(m_largeText, on);
}

void DisplayModes::setHighContrast(bool on)
{
    set(m_highContrast, on);
}

void DisplayModes::setLowReach(bool on)
{
    set(m_lowReach, on);
}

void DisplayModes::reset()
{
    if (isDefault())
        return;
    m_largeText = m_highContrast = m_lowReach = false;
    emit changed();
}

qreal DisplayModes::unreachableTop(double topEdgeCm, double heightCm, double reachCm)
{
    if (heightCm <= 0)
        return 0.4;
    // More than 60 % out of reach would leave too little to show a page in: the mounting is then
    // wrong for wheelchair users anyway, and the technician's README says so.
    return std::clamp((topEdgeCm - reachCm) / heightCm, 0.0, 0.6);
}
