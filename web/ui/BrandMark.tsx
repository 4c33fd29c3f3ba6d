/** The 宣文 seal: a red square with the character 宣, used in the header and on the sign-in page. */
export function BrandMark({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-label="宣文" style={{ flex: 'none' }}>
      <rect x="1" y="1" width="30" height="30" rx="5" fill={inverted ? '#ffffff' : '#a61b1f'} />
      <text
        x="16"
        y="22.5"
        textAnchor="middle"
        fontSize="19"
        fontWeight="700"
        fill={inverted ? '#a61b1f' : '#ffffff'}
        fontFamily='"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
      >
        宣
      </text>
    </svg>
  );
}
