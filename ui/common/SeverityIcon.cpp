#include "common/SeverityIcon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Tepat {

namespace {

QPixmap draw(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0.5, 0.5, size - 1.0, size - 1.0);
    QColor fill;
    QString mark = QStringLiteral("!");
    switch (severity) {
    case Severity::Error:
        fill = QColor(0xc6, 0x28, 0x28);
        painter.setBrush(fill);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(box);
        break;
    case Severity::Warning: {
        fill = QColor(0xef, 0x9a, 0x00);
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.right(), box.bottom());
        triangle.lineTo(box.left(), box.bottom());
        triangle.closeSubpath();
        painter.fillPath(triangle, fill);
        break;
    }
    case Severity::Info:
        fill = QColor(0x15, 0x65, 0xc0);
        mark = QStringLiteral("i");
        painter.setBrush(fill);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(box);
        break;
    }
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.7));
    painter.setFont(font);
    painter.setPen(severity == Severity::Warning ? Qt::black : Qt::white);
    QRectF textBox = box;
    if (severity == Severity::Warning)
        textBox.setTop(box.top() + size * 0.15);
    painter.drawText(textBox, Qt::AlignCenter, mark);
    return pixmap;
}

} // namespace

QIcon SeverityIcon::icon(Severity severity)
{
    static QHash<int, QIcon> cache;
    auto found = cache.find(int(severity));
    if (found == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32, 64})
            icon.addPixmap(draw(severity, size));
        found = cache.insert(int(severity), icon);
    }
    return *found;
}

} // namespace Tepat
