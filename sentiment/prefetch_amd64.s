#include "textflag.h"

// func prefetchRows(rows *[numClasses]int16, f []Feature)
TEXT ·prefetchRows(SB), NOSPLIT, $0-32
	MOVQ rows+0(FP), AX
	MOVQ f_base+8(FP), BX
	MOVQ f_len+16(FP), CX
	TESTQ CX, CX
	JEQ done
loop:
	MOVQ 0(BX), DX // Feature.Index
	LEAQ (DX)(DX*2), DX // numClasses int16s a row
	PREFETCHT0 (AX)(DX*2)
	ADDQ $16, BX // the size of a Feature
	DECQ CX
	JNZ loop
done:
	RET
