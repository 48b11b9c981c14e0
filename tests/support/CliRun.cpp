#include "support/CliRun.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace Tepat {

CliRun::CliRun(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(TEPAT_CLI));
    process.setArguments(arguments);
    process.start();
    // Exporting all the sample's PKs takes a second; a sanitizer build takes many more.
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    exitCode = process.exitCode();
    out = QString::fromUtf8(process.readAllStandardOutput());
    err = QString::fromUtf8(process.readAllStandardError());
}

} // namespace Tepat
