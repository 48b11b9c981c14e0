#include "support/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Tepat::TestCertificates {

namespace {

void openssl(const QDir &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
}

void write(const QDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

void makeCa(const QDir &dir, const QString &name, const QString &commonName)
{
    openssl(dir,
            {QStringLiteral("req"),
             QStringLiteral("-x509"),
             QStringLiteral("-newkey"),
             QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"),
             QStringLiteral("-keyout"),
             name + QStringLiteral(".key"),
             QStringLiteral("-out"),
             name + QStringLiteral(".pem"),
             QStringLiteral("-days"),
             QStringLiteral("30"),
             QStringLiteral("-subj"),
             QStringLiteral("/CN=%1/O=Tepat Tests").arg(commonName),
             QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

void makeSignatory(const QDir &dir, const QString &name, const QString &commonName, bool rsa)
{
    QStringList key = rsa ? QStringList {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}
                          : QStringList {QStringLiteral("-newkey"),
                                         QStringLiteral("ec"),
                                         QStringLiteral("-pkeyopt"),
                                         QStringLiteral("ec_paramgen_curve:P-256")};
    openssl(dir,
            QStringList {QStringLiteral("req")} + key
                + QStringList {
                    QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"),
                    QStringLiteral("-out"),
                    name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1/O=Pemerintah Kabupaten Deli Serdang").arg(commonName)});
    openssl(dir,
            {QStringLiteral("x509"),
             QStringLiteral("-req"),
             QStringLiteral("-in"),
             name + QStringLiteral(".csr"),
             QStringLiteral("-CA"),
             QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"),
             QStringLiteral("ca.key"),
             QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"),
             QStringLiteral("30"),
             QStringLiteral("-extfile"),
             QStringLiteral("signer.ext"),
             QStringLiteral("-out"),
             name + QStringLiteral(".pem")});
    openssl(dir,
            {QStringLiteral("pkcs12"),
             QStringLiteral("-export"),
             QStringLiteral("-inkey"),
             name + QStringLiteral(".key"),
             QStringLiteral("-in"),
             name + QStringLiteral(".pem"),
             QStringLiteral("-certfile"),
             QStringLiteral("ca.pem"),
             QStringLiteral("-passout"),
             QStringLiteral("pass:%1").arg(QLatin1String(password)),
             QStringLiteral("-out"),
             name + QStringLiteral(".p12")});
}

} // namespace

const Set &get()
{
    static QTemporaryDir folder;
    static Set set;
    if (!set.caPem.isEmpty())
        return set;
    REQUIRE(folder.isValid());
    const QDir dir(folder.path());
    write(dir,
          QStringLiteral("signer.ext"),
          "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n");
    makeCa(dir, QStringLiteral("ca"), QStringLiteral("Tepat Test CA"));
    makeCa(dir, QStringLiteral("other-ca"), QStringLiteral("Some Other CA"));
    makeSignatory(dir, QStringLiteral("pertama"), QStringLiteral("dr. Hendra Wijaya, M.Kes"), true);
    makeSignatory(
        dir, QStringLiteral("kedua"), QStringLiteral("dr. H. Asri Ludin Tambunan"), false);
    write(dir, QStringLiteral("password.txt"), QByteArray(password) + '\n');
    write(dir, QStringLiteral("wrong.txt"), "bukan-ini\n");
    set.caPem = dir.filePath(QStringLiteral("ca.pem"));
    set.otherCaPem = dir.filePath(QStringLiteral("other-ca.pem"));
    set.pertamaP12 = dir.filePath(QStringLiteral("pertama.p12"));
    set.keduaP12 = dir.filePath(QStringLiteral("kedua.p12"));
    set.passwordFile = dir.filePath(QStringLiteral("password.txt"));
    set.wrongPasswordFile = dir.filePath(QStringLiteral("wrong.txt"));
    return set;
}

} // namespace Tepat::TestCertificates
