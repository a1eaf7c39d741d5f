// The content editor's date field: typed day first (29/12/2022) whatever the browser's language (a
// native date input shows 12/29/2022 in an English browser, and Decap's adds "UTC"), saved as the
// file's YYYY-MM-DD. A date is a calendar day: no time, no time zone. Text that is not a real day is
// kept as typed, and the check's rule refuses it at the field when saving (src/lib/cms/validation.ts).
import { dateFromInput, dateToInput } from '../../lib/cms/date-input';
import { decapGlobals, type Component, type Instance } from './decap';

export function dateWidget(): { control: Component; preview: Component } {
  const { createClass, h } = decapGlobals();
  const control = createClass({
    displayName: 'OcopDateControl',
    getInitialState(this: Instance) {
      return { text: dateToInput(this.props.value) };
    },
    componentDidUpdate(this: Instance) {
      // A value set from elsewhere (an entry loaded, a duplicate): show it, unless it is what is typed.
      const typed = this.state.text as string;
      const value = this.props.value ?? '';
      if (value === (typed.trim() ? dateFromInput(typed) : '')) return;
      const text = dateToInput(value);
      if (text !== typed) this.setState({ text });
    },
    handleChange(this: Instance, e: { target: { value: string } }) {
      const text = e.target.value;
      this.setState({ text });
      (this.props.onChange as (v: string) => void)(text.trim() ? dateFromInput(text) : '');
    },
    handleBlur(this: Instance) {
      this.setState({ text: dateToInput(this.props.value) });
      (this.props.setInactiveStyle as () => void)?.();
    },
    render(this: Instance) {
      return h('input', {
        type: 'text',
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        placeholder: 'ngày/tháng/năm, ví dụ 29/12/2022',
        inputMode: 'numeric',
        autoComplete: 'off',
        disabled: this.props.isDisabled,
        onChange: this.handleChange,
        onFocus: this.props.setActiveStyle,
        onBlur: this.handleBlur,
      });
    },
  });
  const preview = createClass({
    displayName: 'OcopDatePreview',
    render(this: Instance) {
      return h('div', null, dateToInput(this.props.value));
    },
  });
  return { control, preview };
}
