#include "DiffPkCommand.h"

#include "model/PkDiff.h"
#include "model/PkVersions.h"
#include "store/WorkspaceFile.h"
#include "values/IndonesianNumber.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tepat {

namespace {

QString signedNumber(const Decimal &value)
{
    return value > Decimal() ? u'+' + IndonesianNumber::format(value)
                             : IndonesianNumber::format(value);
}

QString mark(PkDiff::Change change)
{
    switch (change) {
    case PkDiff::Change::Added:
        return QStringLiteral("+");
    case PkDiff::Change::Removed:
        return QStringLiteral("-");
    case PkDiff::Change::Changed:
        return QStringLiteral("~");
    case PkDiff::Change::Unchanged:
        break;
    }
    return QStringLiteral(" ");
}

QJsonObject indicatorJson(const PkDiff::IndicatorRow &row)
{
    QJsonObject object;
    object.insert(QLatin1String("change"), PkDiff::changeKey(row.change));
    if (row.beforeId) {
        object.insert(QLatin1String("before"),
                      QJsonObject {{QLatin1String("id"), row.beforeId},
                                   {QLatin1String("sasaran"), row.sasaranBefore},
                                   {QLatin1String("indikator"), row.textBefore},
                                   {QLatin1String("satuan"), row.satuanBefore},
                                   {QLatin1String("target"), row.targetBefore.toString()}});
    }
    if (row.afterId) {
        object.insert(QLatin1String("after"),
                      QJsonObject {{QLatin1String("id"), row.afterId},
                                   {QLatin1String("sasaran"), row.sasaranAfter},
                                   {QLatin1String("indikator"), row.textAfter},
                                   {QLatin1String("satuan"), row.satuanAfter},
                                   {QLatin1String("target"), row.targetAfter.toString()}});
    }
    if (!row.changed.isEmpty())
        object.insert(QLatin1String("changed"), QJsonArray::fromStringList(row.changed));
    if (row.targetDelta)
        object.insert(QLatin1String("targetDelta"), IndonesianNumber::format(*row.targetDelta));
    return object;
}

QJsonObject programJson(const PkDiff::ProgramRow &row)
{
    QJsonObject object;
    object.insert(QLatin1String("change"), PkDiff::changeKey(row.change));
    if (row.beforeId) {
        object.insert(QLatin1String("before"),
                      QJsonObject {{QLatin1String("id"), row.beforeId},
                                   {QLatin1String("code"), row.codeBefore},
                                   {QLatin1String("name"), row.nameBefore},
                                   {QLatin1String("anggaran"),
                                    IndonesianNumber::format(row.anggaranBefore)}});
    }
    if (row.afterId) {
        object.insert(
            QLatin1String("after"),
            QJsonObject {{QLatin1String("id"), row.afterId},
                         {QLatin1String("code"), row.codeAfter},
                         {QLatin1String("name"), row.nameAfter},
                         {QLatin1String("anggaran"), IndonesianNumber::format(row.anggaranAfter)}});
    }
    if (!row.changed.isEmpty())
        object.insert(QLatin1String("changed"), QJsonArray::fromStringList(row.changed));
    object.insert(QLatin1String("anggaranDelta"), IndonesianNumber::format(row.anggaranDelta));
    return object;
}

} // namespace

QString DiffPkCommand::summary() const
{
    return tr("Compare a PK with the version it changes (or another PK): rows added, removed "
              "and changed.");
}

void DiffPkCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
    parser.addOption(
        {QStringLiteral("pk"), tr("The PK's id (the later one)."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("against"),
                      tr("The PK to compare with; the version it changes when not given."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("format"), tr("text (default) or json."), QStringLiteral("FORMAT")});
}

int DiffPkCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("pk")))
        return usage(tr("diff-pk takes a workspace and --pk ID."), err);
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != u"text" && format != u"json")
        return usage(tr("--format takes text or json."), err);
    const QString path = QFileInfo(files.first()).absoluteFilePath();
    const Result<Cascade> cascade = WorkspaceFile::load(path);
    if (!cascade)
        return report(cascade.error(), err);
    bool ok = false;
    const qint64 after = parser.value(QStringLiteral("pk")).toLongLong(&ok);
    if (!ok || !cascade->pk(after))
        return usage(
            tr("%1 has no PK with the id %2.").arg(path, parser.value(QStringLiteral("pk"))), err);
    qint64 before = cascade->pk(after)->previousVersionId;
    if (parser.isSet(QStringLiteral("against"))) {
        before = parser.value(QStringLiteral("against")).toLongLong(&ok);
        if (!ok || !cascade->pk(before))
            return usage(tr("%1 has no PK with the id %2.")
                             .arg(path, parser.value(QStringLiteral("against"))),
                         err);
    }
    if (before == 0)
        return usage(tr("PK %1 changes no earlier version; name one with --against ID.").arg(after),
                     err);

    const PkDiff diff = PkDiff::compare(*cascade, before, after);
    if (format == u"json") {
        QJsonArray indicators;
        for (const PkDiff::IndicatorRow &row : diff.indicators)
            indicators.append(indicatorJson(row));
        QJsonArray programs;
        for (const PkDiff::ProgramRow &row : diff.programs)
            programs.append(programJson(row));
        const QJsonObject root {
            {QLatin1String("before"), before},
            {QLatin1String("after"), after},
            {QLatin1String("year"), diff.year},
            {QLatin1String("indicators"), indicators},
            {QLatin1String("programs"), programs},
            {QLatin1String("jumlah"),
             QJsonObject {{QLatin1String("before"), IndonesianNumber::format(diff.totalBefore)},
                          {QLatin1String("after"), IndonesianNumber::format(diff.totalAfter)},
                          {QLatin1String("delta"),
                           IndonesianNumber::format(diff.totalAfter - diff.totalBefore)}}},
        };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << tr("%1 (PK %2) against %3 (PK %4)")
                   .arg(PkVersions::name(*cascade, after))
                   .arg(after)
                   .arg(PkVersions::name(*cascade, before))
                   .arg(before)
            << Qt::endl
            << tr("Indicators:") << Qt::endl;
        for (const PkDiff::IndicatorRow &row : diff.indicators) {
            const QString text = row.afterId ? row.textAfter : row.textBefore;
            QString detail;
            if (row.change == PkDiff::Change::Changed) {
                detail = QStringLiteral("  [%1: %2 → %3%4]")
                             .arg(row.changed.join(QStringLiteral(", ")),
                                  row.targetBefore.toString(),
                                  row.targetAfter.toString(),
                                  row.targetDelta
                                      ? QStringLiteral(", %1").arg(signedNumber(*row.targetDelta))
                                      : QString());
            } else {
                detail = QStringLiteral("  [%1]").arg(
                    (row.afterId ? row.targetAfter : row.targetBefore).toString());
            }
            out << mark(row.change) << u' ' << text << detail << Qt::endl;
        }
        out << tr("Programs:") << Qt::endl;
        for (const PkDiff::ProgramRow &row : diff.programs) {
            const QString name = row.afterId ? row.nameAfter : row.nameBefore;
            out << mark(row.change) << u' ' << (row.afterId ? row.codeAfter : row.codeBefore)
                << u' ' << name
                << QStringLiteral("  [%1 → %2, %3]")
                       .arg(IndonesianNumber::formatRupiah(row.anggaranBefore),
                            IndonesianNumber::formatRupiah(row.anggaranAfter),
                            signedNumber(row.anggaranDelta))
                << Qt::endl;
        }
        out << tr("Jumlah: %1 → %2 (%3)")
                   .arg(IndonesianNumber::formatRupiah(diff.totalBefore),
                        IndonesianNumber::formatRupiah(diff.totalAfter),
                        signedNumber(diff.totalAfter - diff.totalBefore))
            << Qt::endl;
    }
    return diff.hasChanges() ? Findings : Success;
}

} // namespace Tepat
