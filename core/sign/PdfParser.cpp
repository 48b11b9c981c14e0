#include "sign/PdfParser.h"

namespace Tepat {

namespace {

constexpr int maxDepth = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isRegular(char c)
{
    return !isSpace(c) && !PdfObject::isDelimiter(c);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isNumber(const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    bool digit = false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char c = token[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!(c == '.' || ((c == '-' || c == '+') && i == 0)))
            return false;
    }
    return digit;
}

bool isUnsigned(const QByteArray &token)
{
    return !token.isEmpty()
        && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

PdfParser::PdfParser(const QByteArray &bytes, qsizetype offset)
    : m_bytes(bytes)
    , m_offset(offset)
{}

void PdfParser::skipSpace()
{
    while (m_offset < m_bytes.size()) {
        const char c = m_bytes[m_offset];
        if (isSpace(c)) {
            ++m_offset;
        } else if (c == '%') {
            while (m_offset < m_bytes.size() && m_bytes[m_offset] != '\n'
                   && m_bytes[m_offset] != '\r')
                ++m_offset;
        } else {
            return;
        }
    }
}

QByteArray PdfParser::readToken()
{
    skipSpace();
    const qsizetype start = m_offset;
    while (m_offset < m_bytes.size() && isRegular(m_bytes[m_offset]))
        ++m_offset;
    return m_bytes.mid(start, m_offset - start);
}

std::optional<PdfObject> PdfParser::readObject()
{
    return readObject(0);
}

std::optional<PdfObject> PdfParser::readObject(int depth)
{
    if (depth > maxDepth)
        return std::nullopt;
    skipSpace();
    if (m_offset >= m_bytes.size())
        return std::nullopt;
    const char c = m_bytes[m_offset];
    if (c == '/')
        return readName();
    if (c == '(')
        return readString();
    if (c == '[') {
        ++m_offset;
        PdfObject array = PdfObject::array();
        for (;;) {
            skipSpace();
            if (m_offset >= m_bytes.size())
                return std::nullopt;
            if (m_bytes[m_offset] == ']') {
                ++m_offset;
                return array;
            }
            std::optional<PdfObject> item = readObject(depth + 1);
            if (!item)
                return std::nullopt;
            array.append(std::move(*item));
        }
    }
    if (c == '<') {
        if (m_offset + 1 >= m_bytes.size() || m_bytes[m_offset + 1] != '<')
            return readHexString();
        m_offset += 2;
        PdfObject dictionary = PdfObject::dictionary();
        for (;;) {
            skipSpace();
            if (m_offset + 1 < m_bytes.size() && m_bytes[m_offset] == '>'
                && m_bytes[m_offset + 1] == '>') {
                m_offset += 2;
                return dictionary;
            }
            if (m_offset >= m_bytes.size() || m_bytes[m_offset] != '/')
                return std::nullopt;
            const PdfObject key = readName();
            std::optional<PdfObject> value = readObject(depth + 1);
            if (!value)
                return std::nullopt;
            dictionary.set(key.bytes(), std::move(*value));
        }
    }
    const QByteArray token = readToken();
    if (token == "true" || token == "false")
        return PdfObject::boolean(token == "true");
    if (token == "null")
        return PdfObject();
    if (!isNumber(token))
        return std::nullopt;
    // "12 0 R" is a reference: look ahead for a generation and an R, and step back if not.
    const qsizetype after = m_offset;
    if (isUnsigned(token)) {
        const QByteArray generation = readToken();
        if (isUnsigned(generation)) {
            skipSpace();
            if (m_offset < m_bytes.size() && m_bytes[m_offset] == 'R'
                && (m_offset + 1 == m_bytes.size() || !isRegular(m_bytes[m_offset + 1]))) {
                ++m_offset;
                return PdfObject::reference({token.toInt(), generation.toInt()});
            }
        }
        m_offset = after;
    }
    return PdfObject::number(token);
}

PdfObject PdfParser::readName()
{
    ++m_offset; // the slash
    QByteArray name;
    while (m_offset < m_bytes.size() && isRegular(m_bytes[m_offset])) {
        const char c = m_bytes[m_offset++];
        if (c == '#' && m_offset + 1 < m_bytes.size()) {
            const int high = hexValue(m_bytes[m_offset]);
            const int low = hexValue(m_bytes[m_offset + 1]);
            if (high >= 0 && low >= 0) {
                name += char(high * 16 + low);
                m_offset += 2;
                continue;
            }
        }
        name += c;
    }
    return PdfObject::name(name);
}

std::optional<PdfObject> PdfParser::readString()
{
    ++m_offset; // the opening parenthesis
    QByteArray bytes;
    int open = 1;
    while (m_offset < m_bytes.size()) {
        char c = m_bytes[m_offset++];
        if (c == '(') {
            ++open;
        } else if (c == ')') {
            if (--open == 0)
                return PdfObject::string(bytes);
        } else if (c == '\\' && m_offset < m_bytes.size()) {
            c = m_bytes[m_offset++];
            switch (c) {
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case '\r':
                if (m_offset < m_bytes.size() && m_bytes[m_offset] == '\n')
                    ++m_offset;
                continue; // a line continued
            case '\n':
                continue;
            default:
                if (c >= '0' && c <= '7') {
                    int value = c - '0';
                    for (int i = 0; i < 2 && m_offset < m_bytes.size(); ++i) {
                        const char digit = m_bytes[m_offset];
                        if (digit < '0' || digit > '7')
                            break;
                        value = value * 8 + (digit - '0');
                        ++m_offset;
                    }
                    c = char(value & 0xff);
                }
            }
        }
        bytes += c;
    }
    return std::nullopt;
}

std::optional<PdfObject> PdfParser::readHexString()
{
    ++m_offset; // <
    QByteArray digits;
    while (m_offset < m_bytes.size()) {
        const char c = m_bytes[m_offset++];
        if (c == '>') {
            if (digits.size() % 2)
                digits += '0';
            return PdfObject::string(QByteArray::fromHex(digits), true);
        }
        if (hexValue(c) >= 0)
            digits += c;
        else if (!isSpace(c))
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<PdfParser::Indirect> PdfParser::readIndirect()
{
    const QByteArray number = readToken();
    const QByteArray generation = readToken();
    if (!isUnsigned(number) || !isUnsigned(generation) || readToken() != "obj")
        return std::nullopt;
    std::optional<PdfObject> object = readObject();
    if (!object)
        return std::nullopt;
    Indirect indirect {{number.toInt(), generation.toInt()}, std::move(*object), -1};
    const qsizetype afterObject = m_offset;
    if (readToken() == "stream") {
        // The keyword is followed by CRLF or LF, then the data.
        if (m_offset < m_bytes.size() && m_bytes[m_offset] == '\r')
            ++m_offset;
        if (m_offset < m_bytes.size() && m_bytes[m_offset] == '\n')
            ++m_offset;
        indirect.streamStart = m_offset;
    } else {
        m_offset = afterObject;
    }
    return indirect;
}

} // namespace Tepat
