#include "widgets/fielderrors.h"

#include "widgets/theme.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mq::client {

FieldErrors::FieldErrors(QObject *parent) : QObject(parent) {}

void FieldErrors::add(const QString &field, QWidget *input, QLabel *label)
{
    label->setProperty("role", u"error"_s);
    label->setWordWrap(true);
    label->hide();
    m_fields.insert(field, Entry{input, label});
    if (input)
        watchEdits(input);
}

void FieldErrors::watchEdits(QWidget *input)
{
    // Typing, not a program filling the field in, is what fixes it; where an input has no such
    // signal, any change of its value (a spin box, a date) counts.
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, &FieldErrors::inputEdited, Qt::UniqueConnection);
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::activated, this, &FieldErrors::inputEdited, Qt::UniqueConnection);
        if (combo->isEditable() && combo->lineEdit())
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, combo] {
                for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
                    if (it->input == combo)
                        clear(it.key());
                }
            });
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(input)) {
        connect(text, &QPlainTextEdit::textChanged, this, &FieldErrors::inputEdited, Qt::UniqueConnection);
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(input)) {
        connect(text, &QTextEdit::textChanged, this, &FieldErrors::inputEdited, Qt::UniqueConnection);
        return;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        connect(button, &QAbstractButton::toggled, this, &FieldErrors::inputEdited, Qt::UniqueConnection);
        return;
    }
    // Spin boxes, date edits and widgets of our own: the notify signal of their value.
    const QMetaProperty value = input->metaObject()->userProperty();
    if (value.isValid() && value.hasNotifySignal()) {
        const int slot = metaObject()->indexOfMethod("inputEdited()");
        connect(input, value.notifySignal(), this, metaObject()->method(slot), Qt::UniqueConnection);
    }
}

void FieldErrors::inputEdited()
{
    const QObject *edited = sender();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->input == edited)
            clear(it.key());
    }
}

QString FieldErrors::spokenName(const QString &labelText)
{
    static const QRegularExpression chineseMnemonic(u"[(（]&[^&\\s][)）]"_s);
    static const QRegularExpression ending(u"[\\s:：]+$"_s);
    QString text = labelText;
    text.remove(chineseMnemonic);
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    return text.remove(ending).trimmed();
}

bool FieldErrors::nameFromBuddy(QWidget *input)
{
    if (!input->accessibleName().isEmpty())
        return true;
    // Its label sits beside it (found before the box takes it away), or anywhere in its window.
    QList<QLabel *> labels;
    if (QWidget *parent = input->parentWidget())
        labels = parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    labels += input->window()->findChildren<QLabel *>();
    for (const QLabel *label : std::as_const(labels)) {
        if (label->buddy() == input && !spokenName(label->text()).isEmpty()) {
            input->setAccessibleName(spokenName(label->text()));
            return true;
        }
    }
    return false;
}

bool FieldErrors::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        auto *input = static_cast<QWidget *>(watched);
        nameFromBuddy(input);
        input->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *input)
{
    if (!nameFromBuddy(input))
        input->installEventFilter(this); // the label gets its buddy later: look again on show
    auto *box = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    auto *label = new QLabel(box);
    layout->addWidget(label);
    add(field, input, label);
    return box;
}

bool FieldErrors::show(const QString &field, const QString &message)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return false;
    if (it->input) {
        it->input->setProperty("error", true);
        Theme::repolish(it->input);
        it->input->setFocus();
    }
    if (it->label) {
        it->label->setText(message);
        it->label->show();
        if (it->input)
            it->input->setAccessibleDescription(message);
    }
    return true;
}

void FieldErrors::clear()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        clear(it.key());
}

void FieldErrors::clear(const QString &field)
{
    const auto it = m_fields.constFind(field);
    if (it == m_fields.constEnd())
        return;
    if (it->input && it->input->property("error").toBool()) {
        it->input->setProperty("error", false);
        Theme::repolish(it->input);
        it->input->setAccessibleDescription({});
    }
    if (it->label) {
        it->label->clear();
        it->label->hide();
    }
}

} // namespace mq::client
