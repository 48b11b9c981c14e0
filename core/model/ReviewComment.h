#pragma once

#include <QDateTime>
#include <QString>

namespace Tepat {

// A reviewer's remark on any object of the workspace, as made in a coaching clinic: who, when,
// what, and whether it has been dealt with. Kept in the workspace file so that the officer sees
// it after the clinic.
struct ReviewComment
{
    qint64 id = 0;
    qint64 objectId = 0;
    QString author;
    QDateTime at;
    QString text;
    bool resolved = false;

    friend bool operator==(const ReviewComment &, const ReviewComment &) = default;
};

} // namespace Tepat
