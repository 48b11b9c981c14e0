#include "store/CascadeJson.h"

#include "store/CascadeJsonReader.h"
#include "store/CascadeJsonWriter.h"

#include <QJsonDocument>

namespace Tepat {

QByteArray CascadeJson::write(const Cascade &cascade)
{
    return CascadeJsonWriter::write(cascade);
}

Result<Cascade> CascadeJson::read(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(
            Error(Error::Code::Parse,
                  tr("%1, line %2: %3").arg(fileName).arg(line).arg(parseError.errorString()),
                  fileName,
                  line));
    }
    if (!document.isObject())
        return fail(Error(Error::Code::Parse,
                          tr("%1: the document must be a JSON object.").arg(fileName),
                          fileName));
    return CascadeJsonReader(fileName).read(document.object());
}

} // namespace Tepat
