/**
 * What a filing answers only once (an id and the receipt token that proves authorship): each in a box
 * that wraps on a phone, on a page the caller serves `no-store`.
 */
export function ShownOnce(props: {
  heading: string;
  advice: string;
  items: { label: string; id: string; value: string }[];
}) {
  return (
    <div class="ok" role="status">
      <h1>{props.heading}</h1>
      <p>{props.advice}</p>
      <dl>
        {props.items.map((item) => (
          <>
            <dt>{item.label}</dt>
            <dd>
              <code class="token" id={item.id}>
                {item.value}
              </code>
            </dd>
          </>
        ))}
      </dl>
    </div>
  );
}
