#include "InfoCommand.h"

#include "model/CascadeSummary.h"
#include "model/PkLockState.h"
#include "model/PkVersions.h"

namespace Tepat {

namespace {

constexpr std::array allLevels {PkDocument::Level::KepalaDaerah,
                                PkDocument::Level::KepalaOpd,
                                PkDocument::Level::EselonIII,
                                PkDocument::Level::EselonIV};

} // namespace

QString InfoCommand::summary() const
{
    return tr("Print the pemda, the RPJMD period, the OPDs and the counts at each level.");
}

void InfoCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The workspace (.tepat or a server's postgresql:// URL) to describe."));
}

int InfoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("info takes exactly one workspace file or server."), err);
    const Result<Cascade> cascade = loadWorkspace(files.first());
    if (!cascade)
        return report(cascade.error(), err);

    // Names come from the file, which anyone may have written: printed as plain text only.
    QString text;
    QTextStream lines(&text);
    const CascadeSummary summary(*cascade);
    const Pemda &pemda = cascade->pemda();
    const Periode &periode = cascade->periode();
    const CascadeSummary::Counts &rpjmd = summary.rpjmd();
    lines << tr("Pemda: %1 (kepala daerah %2, ibu kota %3)")
                 .arg(pemda.name, pemda.kepalaDaerahName, pemda.ibuKota)
          << Qt::endl;
    lines << tr("RPJMD %1–%2: %3 misi, %4 tujuan, %5 sasaran, %6 indicators")
                 .arg(periode.startYear)
                 .arg(periode.endYear)
                 .arg(periode.misi.size())
                 .arg(rpjmd.count(PlanItem::Kind::RpjmdTujuan))
                 .arg(rpjmd.count(PlanItem::Kind::RpjmdSasaran))
                 .arg(rpjmd.indicators)
          << Qt::endl;
    lines << tr("OPD: %1").arg(cascade->opds().size()) << Qt::endl;
    for (const Opd &opd : cascade->opds()) {
        const CascadeSummary::Counts renstra = summary.renstra(opd.id);
        lines << QStringLiteral("  %1  %2 (%3)").arg(opd.code, opd.name, opd.shortName) << Qt::endl;
        lines << QStringLiteral("    ")
              << tr("Renstra: %1 tujuan, %2 sasaran, %3 program, %4 kegiatan, %5 sub kegiatan, %6 "
                    "indicators")
                     .arg(renstra.count(PlanItem::Kind::RenstraTujuan))
                     .arg(renstra.count(PlanItem::Kind::RenstraSasaran))
                     .arg(renstra.count(PlanItem::Kind::Program))
                     .arg(renstra.count(PlanItem::Kind::Kegiatan))
                     .arg(renstra.count(PlanItem::Kind::SubKegiatan))
                     .arg(renstra.indicators)
              << Qt::endl;
        for (int year : summary.pkYears()) {
            QStringList parts;
            for (PkDocument::Level level : allLevels) {
                const CascadeSummary::PkCounts pk = summary.pks(opd.id, year, level);
                if (pk.documents > 0)
                    parts << tr("%1 %2 indicators")
                                 .arg(PkDocument::levelName(level))
                                 .arg(pk.indicators);
            }
            if (!parts.isEmpty())
                lines << QStringLiteral("    ")
                      << tr("PK %1: %2").arg(year).arg(parts.join(QStringLiteral(", ")))
                      << Qt::endl;
        }
    }
    for (int year : summary.pkYears()) {
        QStringList parts;
        int total = 0;
        for (PkDocument::Level level : allLevels) {
            const int count = summary.pkCount(year, level);
            total += count;
            parts << QStringLiteral("%1 %2").arg(count).arg(PkDocument::levelName(level));
        }
        lines << tr("PK %1: %2 (%3)").arg(year).arg(total).arg(parts.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    lines << tr("Indicators: %1 in all").arg(summary.totalIndicators()) << Qt::endl;
    lines << tr("PKs (id, year, level, pihak pertama, version, lock):") << Qt::endl;
    for (const PkDocument &pk : cascade->pks()) {
        QString state = tr("open");
        if (const PkLockEvent *lock = pk.currentLock();
            lock && lock->method == PkLockEvent::Method::Workflow) {
            state = tr("terkunci %1 (workflow)").arg(lock->signedOn.toString(Qt::ISODate));
        } else if (lock) {
            state = tr("signed %1 (%2)")
                        .arg(lock->signedOn.toString(Qt::ISODate),
                             lock->method == PkLockEvent::Method::Paper ? tr("on paper")
                                                                        : tr("signed PDF"));
        } else if (PkLockState::isLocked(*cascade, pk.id)) {
            state = tr("replaced by a perubahan");
        }
        lines << QStringLiteral("  %1  %2 %3, %4: %5, %6")
                     .arg(pk.id)
                     .arg(pk.year)
                     .arg(PkDocument::levelName(pk.level),
                          pk.pihakPertama.name,
                          PkVersions::name(*cascade, pk.id),
                          state)
              << Qt::endl;
    }
    lines.flush();
    out << plain(text);
    return Success;
}

} // namespace Tepat
