#pragma once

#include "print/PkPdfWriter.h"

namespace Tepat {

// The PKs of a signing ceremony as PDF files: which PKs a selection takes, which file each goes
// to (one file for all, or one per OPD in a folder), and writing them all. tepat-cli export-pdf
// and the window's "Export for signing ceremony" both go through it, so they write the same
// files. Several files are written beside their targets first and put in place only when all are
// complete, so a failure or a cancel leaves none of the new files and every old one whole.
class PkBatchExport
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkBatchExport)

public:
    // Stands for the kepala daerah's own PKs in Selection::opdIds: they belong to no OPD.
    static constexpr qint64 kepalaDaerah = 0;

    struct Selection
    {
        int year = 0;
        QList<qint64> opdIds;            // empty: every PK, the kepala daerah's too
        QList<PkDocument::Level> levels; // empty: every level
    };

    // How PKs are spread over files: all in one, one file per OPD, or one per PK (for signing:
    // a signature covers a whole file, so each PK that is signed needs its own).
    enum class Split { None, PerOpd, PerPk };

    struct File
    {
        QString path;
        QList<qint64> pkIds;
    };

    // Called after each PK is written with the number written so far, from the thread that
    // writes; false cancels.
    using Progress = std::function<bool(int pksWritten)>;

    // In the workspace's order, which keeps each OPD's PKs together from the top down. Of a PK
    // with versions only the newest is taken: the earlier ones were printed in their time.
    static QList<qint64> select(const Cascade &cascade, const Selection &selection);
    // All the PKs into the file path, or into the folder path one file per OPD
    // (splitFileName) or per PK (perPkStem).
    static QList<File>
    plan(const Cascade &cascade, const QList<qint64> &pkIds, const QString &path, Split split);
    // "pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf", "pk-2026-kepala-daerah.pdf": the code keeps
    // names unique, the short name makes them readable in a folder listing.
    static QString splitFileName(const Cascade &cascade, qint64 opdId, int year);
    // "pk-2026-1.02.0.00.0.00.01.0000-dinkes-eselon-3", with "-perubahan-1" for a perubahan;
    // plan() adds the PK's id when two PKs of a batch would share it.
    static QString perPkStem(const Cascade &cascade, qint64 pkId);
    // What a user would name the PDF of one PK: "PK 2026 - Dinas Kesehatan.pdf", the jabatan of
    // pihak pertama below the head of an OPD, "PK 2026 - Bupati Deli Serdang.pdf" for the kepala
    // daerah; characters no file system takes are left out.
    static QString suggestedFileName(const Cascade &cascade, qint64 pkId);

    // Writes every file; returns the number of pages of each. Needs a QGuiApplication, and may
    // run on a worker thread when the cascade is the thread's own copy.
    static Result<QList<int>> write(const Cascade &cascade,
                                    const QList<File> &files,
                                    const PkPdfWriter::Options &options,
                                    const Progress &progress = {});
};

} // namespace Tepat
