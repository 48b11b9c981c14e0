#pragma once

#include "check/Finding.h"
#include "model/Cascade.h"

#include <QDate>

namespace Tepat {

// What a coaching clinic's minutes record of a review: how many findings each OPD has and how
// many each rule raised, by severity, and the reviewer comments still open, with the object each
// one is about. Built from the live findings, so it matches what the findings dock shows.
struct ReviewSummary
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ReviewSummary)

public:
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
        int infos = 0;

        int total() const { return errors + warnings + infos; }
        void add(Severity severity);
    };
    struct Row
    {
        QString label; // the OPD's name, or the rule's title
        Counts counts;
        QString note = {}; // the rule's id, printed small under its title
    };
    struct Comment
    {
        QString object; // "Indikator: Persentase …", or that the object was deleted
        QString author;
        QDateTime at;
        QString text;
    };

    QString pemda;
    QDate date;
    QList<Row> opds;  // in the cascade's order; the pemda's own objects first, OPDs without
                      // findings too, so that a clean OPD is visibly clean
    QList<Row> rules; // the rules that raised anything, in the registry's order
    Counts total;
    QList<Comment> openComments; // in the order they were made

    static ReviewSummary
    of(const Cascade &cascade, const QList<Finding> &findings, QDate date, Language language);
    // The object a finding or comment is about, as a reader of the minutes knows it.
    static QString objectLabel(const Cascade &cascade, qint64 objectId);
};

} // namespace Tepat
