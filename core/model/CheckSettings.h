#pragma once

#include "model/Severity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Tepat {

// A finding the reviewers accepted, with the reason written down, as a linter's suppression: it
// stays out of the counts and the exit code until the rule, the object or the field changes.
struct Acknowledgement
{
    QString ruleId;
    qint64 objectId = 0;
    QString field;
    QString reason;
    QString author;
    QDateTime at;

    friend bool operator==(const Acknowledgement &, const Acknowledgement &) = default;
};

// How a workspace tunes the checker: rules switched off, rules re-graded, findings acknowledged.
// Kept in the workspace file, so everyone who opens it sees the same findings.
struct CheckSettings
{
    QSet<QString> disabledRules;
    QHash<QString, Severity> severities;
    QList<Acknowledgement> acknowledgements;

    bool isEnabled(const QString &ruleId) const { return !disabledRules.contains(ruleId); }

    friend bool operator==(const CheckSettings &, const CheckSettings &) = default;
};

} // namespace Tepat
