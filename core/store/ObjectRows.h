#pragma once

#include "model/Cascade.h"

#include <QVariantList>

namespace Tepat {

// How each object of a cascade is stored: its own row and the rows that belong to it (an
// indicator's targets, an item's pagu, a PK's program table), column by column. The file writer,
// the server's edits and the offline copy's content hashes all take an object's rows from here,
// so the three can never disagree about what an object is.
class ObjectRows
{
public:
    struct Row
    {
        QString table;
        QStringList columns;
        QVariantList values;
    };

    static Row opd(const Opd &opd, int position);
    static QList<Row> pk(const PkDocument &pk, int position);
    static QList<Row> item(const PlanItem &item, int position);
    static QList<Row> indicator(const Indicator &indicator, int position);
    static Row comment(const ReviewComment &comment, int position);
    // The workspace's own fields: pemda, period, misi and paper, in the order to insert them.
    static QList<Row> header(const Cascade &cascade);

    // The rows of any object of the cascade by id (0: the workspace's own fields), at its current
    // position; empty when there is no such object.
    static QList<Row> of(const Cascade &cascade, qint64 id);
    // A fingerprint of an object's stored content, its position left out (hex SHA-1).
    static QByteArray hash(const QList<Row> &rows);
    // The position of an object among its siblings; 0 when it has none.
    static int positionOf(const Cascade &cascade, qint64 id);
};

} // namespace Tepat
