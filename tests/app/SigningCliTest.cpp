#include "model/PkVersions.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/TestCertificates.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

const QString dinkes = QStringLiteral("1.02.0.00.0.00.01.0000");

QString copyOfSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("workspace.tepat"));
    REQUIRE(QFile::copy(TestFiles::samplePath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

CliRun ok(const QStringList &arguments)
{
    CliRun run(arguments);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// The Dinas Kesehatan's kepala OPD PK exported one PK per file, then signed by the Bupati and
// by the Kepala Dinas in turn.
QString signedDinkesPk(const QTemporaryDir &dir, const QString &workspace)
{
    const QString folder = dir.filePath(QStringLiteral("per-pk"));
    ok({QStringLiteral("export-pdf"),
        workspace,
        QStringLiteral("--year"),
        QStringLiteral("2026"),
        QStringLiteral("--opd"),
        dinkes,
        QStringLiteral("--level"),
        QStringLiteral("kepala-opd"),
        QStringLiteral("--per-pk"),
        QStringLiteral("--out"),
        folder});
    const QString exported = QDir(folder).filePath(
        QStringLiteral("pk-2026-1.02.0.00.0.00.01.0000-dinkes-kepala-opd.pdf"));
    REQUIRE(QFile::exists(exported));
    const auto &certificates = TestCertificates::get();
    const QString once = dir.filePath(QStringLiteral("once.pdf"));
    const QString twice = dir.filePath(QStringLiteral("signed.pdf"));
    ok({QStringLiteral("sign-pdf"),
        exported,
        QStringLiteral("--p12"),
        certificates.keduaP12,
        QStringLiteral("--password-file"),
        certificates.passwordFile,
        QStringLiteral("--as"),
        QStringLiteral("kepala-daerah"),
        QStringLiteral("--out"),
        once});
    const CliRun second = ok({QStringLiteral("sign-pdf"),
                              once,
                              QStringLiteral("--p12"),
                              certificates.pertamaP12,
                              QStringLiteral("--password-file"),
                              certificates.passwordFile,
                              QStringLiteral("--as"),
                              QStringLiteral("pihak-pertama"),
                              QStringLiteral("--out"),
                              twice});
    CHECK(second.out.contains(QStringLiteral("TTE tidak tersertifikasi")));
    return twice;
}

} // namespace

TEST_CASE("sign-pdf twice and verify-pdf: both signatures hold, trust only with --trust",
          "[cli][sign]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    const QString pdf = signedDinkesPk(dir, workspace);
    const auto &certificates = TestCertificates::get();

    const CliRun trusted = CliRun({QStringLiteral("verify-pdf"),
                                   pdf,
                                   workspace,
                                   QStringLiteral("--trust"),
                                   certificates.caPem,
                                   QStringLiteral("--require-trusted")});
    INFO(trusted.out.toStdString() << trusted.err.toStdString());
    CHECK(trusted.exitCode == 0);
    CHECK(trusted.out.contains(
        QStringLiteral("Signature 1 (pihak-kedua): dr. H. Asri Ludin Tambunan")));
    CHECK(trusted.out.contains(
        QStringLiteral("Signature 2 (pihak-pertama): dr. Hendra Wijaya, M.Kes")));
    CHECK(trusted.out.contains(QStringLiteral("Intact; it covers the whole document.")));
    CHECK(trusted.out.contains(QStringLiteral("unchanged since, but for later signatures")));
    CHECK(trusted.out.count(QStringLiteral("Trust: the certificate chains to a trusted CA.")) == 2);
    CHECK(trusted.out.contains(QStringLiteral("Type: ETSI.CAdES.detached")));
    CHECK(trusted.out.contains(QStringLiteral("The PDF matches the workspace.")));

    // Without the CA the signatures still hold; only --require-trusted makes that a failure.
    const CliRun alone = CliRun({QStringLiteral("verify-pdf"), pdf});
    CHECK(alone.exitCode == 0);
    CHECK(alone.out.contains(QStringLiteral("Trust: not checked")));
    const CliRun foreign = CliRun(
        {QStringLiteral("verify-pdf"), pdf, QStringLiteral("--trust"), certificates.otherCaPem});
    CHECK(foreign.exitCode == 0);
    CHECK(foreign.out.contains(QStringLiteral("Trust: NOT trusted")));
    CHECK(CliRun({QStringLiteral("verify-pdf"),
                  pdf,
                  QStringLiteral("--trust"),
                  certificates.otherCaPem,
                  QStringLiteral("--require-trusted")})
              .exitCode
          == 1);
}

TEST_CASE("verify-pdf fails on one flipped byte and on a PDF without signatures", "[cli][sign]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    const QString pdf = signedDinkesPk(dir, workspace);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype at = bytes.indexOf("stream\n", bytes.indexOf("/Length")) + 40;
    bytes[at] = char(bytes[at] ^ 0x20);
    const QString tampered = dir.filePath(QStringLiteral("tampered.pdf"));
    QFile out(tampered);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const CliRun broken = CliRun({QStringLiteral("verify-pdf"), tampered});
    INFO(broken.out.toStdString());
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("INVALID")));
    CHECK(broken.out.contains(QStringLiteral("A signature does not hold.")));

    const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
    ok({QStringLiteral("export-pdf"),
        workspace,
        QStringLiteral("--year"),
        QStringLiteral("2026"),
        QStringLiteral("--out"),
        plain});
    const CliRun unsignedRun = CliRun({QStringLiteral("verify-pdf"), plain});
    CHECK(unsignedRun.exitCode == 1);
    CHECK(unsignedRun.out.contains(QStringLiteral("no digital signature")));
    CHECK(CliRun({QStringLiteral("verify-pdf"), plain, workspace}).exitCode == 0);
}

TEST_CASE("sign-pdf with a wrong password says so and writes nothing", "[cli][sign]")
{
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bupati.pdf"));
    ok({QStringLiteral("export-pdf"),
        TestFiles::samplePath(),
        QStringLiteral("--year"),
        QStringLiteral("2026"),
        QStringLiteral("--level"),
        QStringLiteral("kepala-daerah"),
        QStringLiteral("--out"),
        pdf});
    const auto &certificates = TestCertificates::get();
    const QString out = dir.filePath(QStringLiteral("signed.pdf"));
    const CliRun wrong = CliRun({QStringLiteral("sign-pdf"),
                                 pdf,
                                 QStringLiteral("--p12"),
                                 certificates.keduaP12,
                                 QStringLiteral("--password-file"),
                                 certificates.wrongPasswordFile,
                                 QStringLiteral("--as"),
                                 QStringLiteral("kepala-daerah"),
                                 QStringLiteral("--out"),
                                 out});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("The password does not open")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("lock-pk from the signed PDF, unlock-pk with a reason, and info shows it",
          "[cli][sign][PkLock]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    const QString pdf = signedDinkesPk(dir, workspace);
    ok({QStringLiteral("lock-pk"),
        workspace,
        QStringLiteral("--pk"),
        QStringLiteral("9100"),
        QStringLiteral("--signed-pdf"),
        pdf});
    const CliRun info = ok({QStringLiteral("info"), workspace});
    CHECK(info.out.contains(QStringLiteral("9100  2026 kepala OPD, dr. Hendra Wijaya Sitepu, "
                                           "M.Kes: original PK, signed %1 (signed PDF)")
                                .arg(QDate::currentDate().toString(Qt::ISODate))));
    const CliRun again = CliRun({QStringLiteral("lock-pk"),
                                 workspace,
                                 QStringLiteral("--pk"),
                                 QStringLiteral("9100"),
                                 QStringLiteral("--signed-on"),
                                 QStringLiteral("2026-01-02")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("signed and locked already")));

    const CliRun noReason = CliRun(
        {QStringLiteral("unlock-pk"), workspace, QStringLiteral("--pk"), QStringLiteral("9100")});
    CHECK(noReason.exitCode == 2);
    ok({QStringLiteral("unlock-pk"),
        workspace,
        QStringLiteral("--pk"),
        QStringLiteral("9100"),
        QStringLiteral("--reason"),
        QStringLiteral("Target stunting salah ketik")});
    const Result<Cascade> cascade = WorkspaceFile::load(workspace);
    REQUIRE(cascade);
    REQUIRE(cascade->pk(9100)->lockHistory.size() == 2);
    CHECK(cascade->pk(9100)->lockHistory.last().note
          == QStringLiteral("Target stunting salah ketik"));
    CHECK_FALSE(cascade->pk(9100)->isLocked());

    // A PDF that no longer matches the PK cannot lock it.
    Result<Cascade> changed = WorkspaceFile::load(workspace);
    Indicator indicator = *changed->indicator(9105);
    indicator.targets[2026] = TargetValue::parse(u"10,5");
    REQUIRE(changed->updateIndicator(indicator));
    REQUIRE(WorkspaceFile::save(*changed, workspace));
    const CliRun stale = CliRun({QStringLiteral("lock-pk"),
                                 workspace,
                                 QStringLiteral("--pk"),
                                 QStringLiteral("9100"),
                                 QStringLiteral("--signed-pdf"),
                                 pdf});
    CHECK(stale.exitCode == 1);
    CHECK(stale.err.contains(QStringLiteral("is not a print of PK 9100")));
}

TEST_CASE("add-perubahan and diff-pk in text and JSON", "[cli][Perubahan]")
{
    const QTemporaryDir dir;
    const QString workspace = copyOfSample(dir);
    ok({QStringLiteral("lock-pk"),
        workspace,
        QStringLiteral("--pk"),
        QStringLiteral("9100"),
        QStringLiteral("--signed-on"),
        QStringLiteral("2026-01-02")});
    const CliRun noAlasan = CliRun({QStringLiteral("add-perubahan"),
                                    workspace,
                                    QStringLiteral("--pk"),
                                    QStringLiteral("9100"),
                                    QStringLiteral("--berlaku"),
                                    QStringLiteral("2026-07-01")});
    CHECK(noAlasan.exitCode == 2);
    const CliRun made = ok({QStringLiteral("add-perubahan"),
                            workspace,
                            QStringLiteral("--pk"),
                            QStringLiteral("9100"),
                            QStringLiteral("--alasan"),
                            QStringLiteral("perubahan-strategi"),
                            QStringLiteral("--dasar"),
                            QStringLiteral("Perda APBD-Perubahan 2026"),
                            QStringLiteral("--berlaku"),
                            QStringLiteral("2026-07-01")});
    Result<Cascade> cascade = WorkspaceFile::load(workspace);
    REQUIRE(cascade);
    const qint64 perubahan = PkVersions::successor(*cascade, 9100);
    REQUIRE(perubahan != 0);
    CHECK(made.out.contains(QStringLiteral("Made PK Perubahan %1 of PK 9100.").arg(perubahan)));
    const QString id = QString::number(perubahan);
    CHECK(CliRun({QStringLiteral("diff-pk"), workspace, QStringLiteral("--pk"), id}).exitCode == 0);

    // The copy of the stunting indicator gets a lower target.
    for (const Indicator &indicator : [&] {
             QList<Indicator> list;
             for (qint64 sasaran : cascade->childItems(perubahan)) {
                 for (qint64 each : cascade->indicatorsOf(sasaran))
                     list.append(*cascade->indicator(each));
             }
             return list;
         }()) {
        if (indicator.previousVersionId == 9105) {
            Indicator lower = indicator;
            lower.targets[2026] = TargetValue::parse(u"10,5");
            REQUIRE(cascade->updateIndicator(lower));
        }
    }
    REQUIRE(WorkspaceFile::save(*cascade, workspace));
    const CliRun text = CliRun({QStringLiteral("diff-pk"), workspace, QStringLiteral("--pk"), id});
    INFO(text.out.toStdString() << text.err.toStdString());
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(
        QStringLiteral("PK Perubahan 1 (PK %1) against original PK (PK 9100)").arg(id)));
    CHECK(text.out.contains(QStringLiteral("[target: 11 → 10,5, -0,5]")));

    const CliRun json = CliRun({QStringLiteral("diff-pk"),
                                workspace,
                                QStringLiteral("--pk"),
                                id,
                                QStringLiteral("--format"),
                                QStringLiteral("json")});
    CHECK(json.exitCode == 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QLatin1String("before")).toInteger() == 9100);
    int changed = 0;
    for (const QJsonValue &row : root.value(QLatin1String("indicators")).toArray()) {
        if (row[QLatin1String("change")].toString() == u"changed") {
            ++changed;
            CHECK(row[QLatin1String("targetDelta")].toString() == QStringLiteral("-0,5"));
            CHECK(row[QLatin1String("before")][QLatin1String("id")].toInteger() == 9105);
        }
    }
    CHECK(changed == 1);
    CHECK(
        CliRun(
            {QStringLiteral("diff-pk"), workspace, QStringLiteral("--pk"), QStringLiteral("9100")})
            .exitCode
        == 2); // an awal changes nothing
}
