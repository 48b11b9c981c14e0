#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace Tepat {

// Draws a bundled monochrome SVG icon (stroke="currentColor") in the application palette's text
// colour at paint time, so that the icon stays visible in a light and in a dark theme alike and
// follows a theme change without being made again. Disabled icons take the disabled text colour.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    QByteArray m_svg;
};

} // namespace Tepat
