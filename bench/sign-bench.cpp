// Time and size of signing a ceremony's PKs: the kepala OPD PKs of a synthetic 60-OPD workspace,
// each exported to its own PDF, then signed by pihak kedua and pihak pertama in turn (PAdES,
// RSA-2048 certificates made here with openssl) and verified. Prints the time per step and the
// file sizes before and after.
// Usage: tepat-bench-sign [PKS]   (default 60)
#include "SyntheticCascade.h"
#include "print/PkBatchExport.h"
#include "sign/PdfSignatureVerifier.h"
#include "sign/PdfSigner.h"
#include "sign/Pkcs12Signer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Tepat;

namespace {

bool openssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

// A self-signed RSA-2048 certificate with its key in name.p12, password "bench".
bool makeP12(const QString &folder, const QString &name)
{
    return openssl(folder,
                   {QStringLiteral("req"),
                    QStringLiteral("-x509"),
                    QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"),
                    QStringLiteral("-out"),
                    name + QStringLiteral(".pem"),
                    QStringLiteral("-days"),
                    QStringLiteral("2"),
                    QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1").arg(name)})
        && openssl(folder,
                   {QStringLiteral("pkcs12"),
                    QStringLiteral("-export"),
                    QStringLiteral("-inkey"),
                    name + QStringLiteral(".key"),
                    QStringLiteral("-in"),
                    name + QStringLiteral(".pem"),
                    QStringLiteral("-passout"),
                    QStringLiteral("pass:bench"),
                    QStringLiteral("-out"),
                    name + QStringLiteral(".p12")});
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 60;
    const Cascade cascade = SyntheticCascade::generate(9100);
    QList<qint64> pkIds;
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.level == PkDocument::Level::KepalaOpd && pkIds.size() < wanted)
            pkIds.append(pk.id);
    }

    QTemporaryDir dir;
    if (!makeP12(dir.path(), QStringLiteral("kedua"))
        || !makeP12(dir.path(), QStringLiteral("pertama"))) {
        out << "openssl could not make the certificates" << Qt::endl;
        return 1;
    }
    auto kedua = Pkcs12Signer::open(dir.filePath(QStringLiteral("kedua.p12")), "bench");
    auto pertama = Pkcs12Signer::open(dir.filePath(QStringLiteral("pertama.p12")), "bench");
    if (!kedua || !pertama) {
        out << "the certificates do not open" << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const QString folder = dir.filePath(QStringLiteral("pk"));
    QDir().mkpath(folder);
    PkPdfWriter::Options options;
    const QList<PkBatchExport::File> files
        = PkBatchExport::plan(cascade, pkIds, folder, PkBatchExport::Split::PerPk);
    if (!PkBatchExport::write(cascade, files, options)) {
        out << "export failed" << Qt::endl;
        return 1;
    }
    const qint64 exportMs = timer.restart();

    qint64 unsignedBytes = 0;
    qint64 signedBytes = 0;
    int signatures = 0;
    const QDateTime now = QDateTime::currentDateTime();
    QList<QByteArray> signedPdfs;
    for (const PkBatchExport::File &file : files) {
        const QByteArray pdf = readAll(file.path);
        unsignedBytes += pdf.size();
        const Result<QByteArray> once
            = PdfSigner::sign(pdf, file.path, QStringLiteral("pihak-kedua"), **kedua, now);
        const Result<QByteArray> twice = once
            ? PdfSigner::sign(*once, file.path, QStringLiteral("pihak-pertama"), **pertama, now)
            : once;
        if (!twice) {
            out << twice.error().message << Qt::endl;
            return 1;
        }
        signatures += 2;
        signedBytes += twice->size();
        signedPdfs.append(*twice);
    }
    const qint64 signMs = timer.restart();
    int holding = 0;
    for (const QByteArray &pdf : std::as_const(signedPdfs)) {
        const auto verified = PdfSignatureVerifier::verify(pdf, QStringLiteral("bench.pdf"));
        if (verified) {
            holding += int(std::count_if(
                verified->begin(), verified->end(), [](const auto &s) { return s.holds(); }));
        }
    }
    const qint64 verifyMs = timer.elapsed();

    const int count = int(files.size());
    out << QStringLiteral("PKs: %1, signatures: %2 (RSA-2048, PAdES B-B)")
               .arg(count)
               .arg(signatures)
        << Qt::endl
        << QStringLiteral("Export: %1 ms (%2 ms per PK)")
               .arg(exportMs)
               .arg(exportMs / std::max(1, count))
        << Qt::endl
        << QStringLiteral("Sign twice: %1 ms (%2 ms per PK, %3 ms per signature)")
               .arg(signMs)
               .arg(double(signMs) / std::max(1, count), 0, 'f', 1)
               .arg(double(signMs) / std::max(1, signatures), 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("Verify: %1 ms (%2 ms per PK), %3 of %4 signatures hold")
               .arg(verifyMs)
               .arg(double(verifyMs) / std::max(1, count), 0, 'f', 1)
               .arg(holding)
               .arg(signatures)
        << Qt::endl
        << QStringLiteral("Size: unsigned %1 KB per PK, signed %2 KB per PK (+%3 KB per signature)")
               .arg(double(unsignedBytes) / count / 1024, 0, 'f', 1)
               .arg(double(signedBytes) / count / 1024, 0, 'f', 1)
               .arg(double(signedBytes - unsignedBytes) / signatures / 1024, 0, 'f', 1)
        << Qt::endl;
    return holding == signatures ? 0 : 1;
}
