#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tepat {

// The sentence shown under a target or baseline cell while it is typed: empty when the cell is a
// number, range, bound or grade (TargetValue::parse), else why it is not a number, in the words of
// IndonesianNumber::parse ("there are two separators in a row at position 4").
class TargetFeedback
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::TargetFeedback)

public:
    static QString message(const QString &cell);
};

} // namespace Tepat
