#include "widgets/fielderrors.h"

#include "widgets/theme.h"

#include <QLabel>
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

QWidget *FieldErrors::wrap(const QString &field, QWidget *input)
{
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
