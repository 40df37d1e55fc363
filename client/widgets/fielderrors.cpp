#include "widgets/fielderrors.h"

#include "widgets/theme.h"

#include <QEvent>
#include <QLabel>
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
    for (const Entry &e : std::as_const(m_fields)) {
        if (e.input && e.input->property("error").toBool()) {
            e.input->setProperty("error", false);
            Theme::repolish(e.input);
            e.input->setAccessibleDescription({});
        }
        if (e.label) {
            e.label->clear();
            e.label->hide();
        }
    }
}

} // namespace mq::client
