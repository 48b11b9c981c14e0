#pragma once

#include <QtGlobal>

namespace Tepat {

// Layout coordinates are tenths of a point, measured from the top-left corner of the paper. QFont
// keeps pixel sizes as integers, so in these units the half-point sizes of an official letter
// (10,5 pt, 11,5 pt) are exact, and the layout depends on no screen's or printer's resolution.
struct LayoutUnits
{
    static constexpr qreal perPoint = 10;
    static constexpr qreal perInch = 72 * perPoint;

    static constexpr qreal fromPoints(qreal points) { return points * perPoint; }
    static constexpr qreal fromMillimetres(qreal millimetres)
    {
        return millimetres / 25.4 * perInch;
    }
};

// The layouts measure their pages in millimetres, as the paper's margins are given.
constexpr qreal mm(qreal millimetres)
{
    return LayoutUnits::fromMillimetres(millimetres);
}

} // namespace Tepat
