#include "sign/PdfObject.h"

namespace Tepat {

namespace {

QByteArray literalString(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20 || byte > 0x7e) {
            out += '\\' + QByteArray::number(byte, 8).rightJustified(3, '0');
        } else {
            out += c;
        }
    }
    return out + ')';
}

QByteArray nameText(const QByteArray &name)
{
    QByteArray out = "/";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7e || c == '#' || PdfObject::isDelimiter(c))
            out += '#' + QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out;
}

const PdfObject &nullObject()
{
    static const PdfObject none;
    return none;
}

} // namespace

bool PdfObject::isDelimiter(char c)
{
    return QByteArrayView("()<>[]{}/%").contains(c);
}

PdfObject PdfObject::boolean(bool value)
{
    PdfObject object;
    object.m_type = Type::Boolean;
    object.m_boolean = value;
    return object;
}

PdfObject PdfObject::integer(qint64 value)
{
    PdfObject object;
    object.m_type = Type::Integer;
    object.m_text = QByteArray::number(value);
    return object;
}

PdfObject PdfObject::real(double value)
{
    PdfObject object;
    object.m_type = Type::Real;
    // Four decimals are a hundredth of a point's hundredth: far below what a page shows.
    object.m_text = QByteArray::number(value, 'f', 4);
    return object;
}

PdfObject PdfObject::number(const QByteArray &text)
{
    PdfObject object;
    object.m_type = text.contains('.') ? Type::Real : Type::Integer;
    object.m_text = text;
    return object;
}

PdfObject PdfObject::string(const QByteArray &bytes, bool hex)
{
    PdfObject object;
    object.m_type = Type::String;
    object.m_text = bytes;
    object.m_hex = hex;
    return object;
}

PdfObject PdfObject::name(const QByteArray &name)
{
    PdfObject object;
    object.m_type = Type::Name;
    object.m_text = name;
    return object;
}

PdfObject PdfObject::array(std::vector<PdfObject> items)
{
    PdfObject object;
    object.m_type = Type::Array;
    object.m_items = std::move(items);
    return object;
}

PdfObject PdfObject::dictionary()
{
    PdfObject object;
    object.m_type = Type::Dictionary;
    return object;
}

PdfObject PdfObject::reference(PdfReference reference)
{
    PdfObject object;
    object.m_type = Type::Reference;
    object.m_reference = reference;
    return object;
}

bool PdfObject::isName(const char *name) const
{
    return m_type == Type::Name && m_text == name;
}

qint64 PdfObject::toInteger() const
{
    if (m_type == Type::Real)
        return qRound64(m_text.toDouble());
    return m_type == Type::Integer ? m_text.toLongLong() : 0;
}

double PdfObject::toReal() const
{
    return m_type == Type::Integer || m_type == Type::Real ? m_text.toDouble() : 0;
}

void PdfObject::append(PdfObject item)
{
    m_items.push_back(std::move(item));
}

const PdfObject &PdfObject::value(const char *key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return m_items[i];
    }
    return nullObject();
}

bool PdfObject::contains(const char *key) const
{
    return std::find(m_keys.begin(), m_keys.end(), QByteArray(key)) != m_keys.end();
}

void PdfObject::set(const QByteArray &key, PdfObject value)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            m_items[i] = std::move(value);
            return;
        }
    }
    m_keys.push_back(key);
    m_items.push_back(std::move(value));
}

void PdfObject::remove(const char *key)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            m_keys.erase(m_keys.begin() + qsizetype(i));
            m_items.erase(m_items.begin() + qsizetype(i));
            return;
        }
    }
}

QByteArray PdfObject::serialize() const
{
    switch (m_type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        return m_boolean ? "true" : "false";
    case Type::Integer:
    case Type::Real:
        return m_text;
    case Type::String:
        return m_hex ? '<' + m_text.toHex().toUpper() + '>' : literalString(m_text);
    case Type::Name:
        return nameText(m_text);
    case Type::Reference:
        return QByteArray::number(m_reference.number) + ' '
            + QByteArray::number(m_reference.generation) + " R";
    case Type::Array: {
        QByteArray out = "[";
        for (size_t i = 0; i < m_items.size(); ++i)
            out += (i ? " " : "") + m_items[i].serialize();
        return out + ']';
    }
    case Type::Dictionary: {
        QByteArray out = "<<";
        for (size_t i = 0; i < m_keys.size(); ++i)
            out += nameText(m_keys[i]) + ' ' + m_items[i].serialize();
        return out + ">>";
    }
    }
    return {};
}

} // namespace Tepat
