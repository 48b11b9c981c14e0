#include "print/PkBatchExport.h"

#include "model/PkVersions.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <filesystem>
#include <map>

namespace Tepat {

namespace {

QString levelStem(PkDocument::Level level)
{
    switch (level) {
    case PkDocument::Level::KepalaDaerah:
        return QStringLiteral("kepala-daerah");
    case PkDocument::Level::KepalaOpd:
        return QStringLiteral("kepala-opd");
    case PkDocument::Level::EselonIII:
        return QStringLiteral("eselon-3");
    case PkDocument::Level::EselonIV:
        return QStringLiteral("eselon-4");
    }
    return {};
}

} // namespace

QList<qint64> PkBatchExport::select(const Cascade &cascade, const Selection &selection)
{
    QList<qint64> selected;
    for (const PkDocument &pk : cascade.pks()) {
        // An earlier version was signed and printed in its time; the ceremony takes the one
        // in force.
        if (PkVersions::successor(cascade, pk.id) != 0)
            continue;
        if (pk.year == selection.year
            && (selection.levels.isEmpty() || selection.levels.contains(pk.level))
            && (selection.opdIds.isEmpty() || selection.opdIds.contains(pk.opdId)))
            selected.append(pk.id);
    }
    return selected;
}

QList<PkBatchExport::File> PkBatchExport::plan(const Cascade &cascade,
                                               const QList<qint64> &pkIds,
                                               const QString &path,
                                               Split split)
{
    if (split == Split::None || pkIds.isEmpty())
        return {File {path, pkIds}};
    if (split == Split::PerPk) {
        QHash<QString, int> stems;
        for (qint64 id : pkIds)
            ++stems[perPkStem(cascade, id)];
        QList<File> files;
        for (qint64 id : pkIds) {
            QString stem = perPkStem(cascade, id);
            if (stems.value(stem) > 1)
                stem += QStringLiteral("-%1").arg(id);
            files.append({QDir(path).filePath(stem + QStringLiteral(".pdf")), {id}});
        }
        return files;
    }
    QList<qint64> opdOrder;
    QHash<qint64, QList<qint64>> byOpd;
    for (qint64 id : pkIds) {
        const qint64 opdId = cascade.pk(id)->opdId;
        if (!byOpd.contains(opdId))
            opdOrder.append(opdId);
        byOpd[opdId].append(id);
    }
    const int year = cascade.pk(pkIds.first())->year;
    QList<File> files;
    for (qint64 opdId : opdOrder)
        files.append(
            {QDir(path).filePath(splitFileName(cascade, opdId, year)), byOpd.value(opdId)});
    return files;
}

QString PkBatchExport::splitFileName(const Cascade &cascade, qint64 opdId, int year)
{
    const Opd *opd = cascade.opd(opdId);
    QString stem = opd ? QStringLiteral("pk-%1-%2-%3").arg(year).arg(opd->code, opd->shortName)
                       : QStringLiteral("pk-%1-kepala-daerah").arg(year);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    stem = stem.toLower().replace(unsafe, QStringLiteral("-"));
    return stem + QStringLiteral(".pdf");
}

QString PkBatchExport::perPkStem(const Cascade &cascade, qint64 pkId)
{
    const PkDocument *pk = cascade.pk(pkId);
    QString stem = splitFileName(cascade, pk->opdId, pk->year).chopped(4);
    if (pk->opdId != 0)
        stem += u'-' + levelStem(pk->level);
    if (pk->kind == PkDocument::Kind::Perubahan)
        stem += QStringLiteral("-perubahan-%1").arg(PkVersions::number(cascade, pkId));
    return stem;
}

QString PkBatchExport::suggestedFileName(const Cascade &cascade, qint64 pkId)
{
    const PkDocument *pk = cascade.pk(pkId);
    Q_ASSERT_X(pk, "Tepat::PkBatchExport::suggestedFileName", "the PK is not in the cascade");
    QString who;
    if (pk->level == PkDocument::Level::KepalaDaerah)
        who = pk->pihakPertama.jabatan;
    else if (pk->level == PkDocument::Level::KepalaOpd && cascade.opd(pk->opdId))
        who = cascade.opd(pk->opdId)->name;
    else
        who = pk->pihakPertama.jabatan;
    if (who.trimmed().isEmpty())
        who = pk->pihakPertama.name;
    // Windows and SMB shares refuse these; a jabatan may hold a slash ("Kasubbag Umum/Keuangan").
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    who = PkContent::printable(who).replace(unsafe, QStringLiteral(" ")).simplified();
    return who.isEmpty() ? QStringLiteral("PK %1.pdf").arg(pk->year)
                         : QStringLiteral("PK %1 - %2.pdf").arg(pk->year).arg(who);
}

Result<QList<int>> PkBatchExport::write(const Cascade &cascade,
                                        const QList<File> &files,
                                        const PkPdfWriter::Options &options,
                                        const Progress &progress)
{
    int written = 0;
    PkPdfWriter::Options counting = options;
    counting.proceed = [&] { return !progress || progress(++written); };
    QList<int> pages;
    if (files.size() == 1) {
        // PkPdfWriter replaces a single file in one step by itself.
        const Result<int> done
            = PkPdfWriter::write(files.first().path, cascade, files.first().pkIds, counting);
        if (!done)
            return fail(done.error());
        return QList<int> {*done};
    }

    // Written into a hidden folder beside the targets (one file system, so the renames cannot
    // fail for lack of room); the folder goes with everything in it unless all files are done.
    std::map<QString, std::unique_ptr<QTemporaryDir>> staging;
    QList<std::pair<QString, QString>> moves;
    for (const File &file : files) {
        const QString target = QFileInfo(file.path).absoluteFilePath();
        const QString folder = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(folder)) {
            return fail(
                Error(Error::Code::Io, tr("The folder %1 could not be made.").arg(folder), folder));
        }
        std::unique_ptr<QTemporaryDir> &temporary = staging[folder];
        if (!temporary) {
            temporary = std::make_unique<QTemporaryDir>(
                QDir(folder).filePath(QStringLiteral(".tepat-export-XXXXXX")));
            if (!temporary->isValid()) {
                return fail(
                    Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(target, temporary->errorString()),
                          target));
            }
        }
        const QString part = temporary->filePath(QFileInfo(target).fileName());
        const Result<int> done = PkPdfWriter::write(part, cascade, file.pkIds, counting);
        if (!done) {
            // The message names the file the user asked for, not the hidden one.
            Error error = done.error();
            error.message.replace(part, target);
            error.file = target;
            return fail(error);
        }
        pages.append(*done);
        moves.append({part, target});
    }
    for (const auto &[part, target] : moves) {
        std::error_code renameError;
        std::filesystem::rename(QFile::encodeName(part).toStdString(),
                                QFile::encodeName(target).toStdString(),
                                renameError);
        if (renameError) {
            return fail(Error(Error::Code::Io,
                              tr("%1 could not be written: %2")
                                  .arg(target, QString::fromStdString(renameError.message())),
                              target));
        }
    }
    return pages;
}

} // namespace Tepat
