#include "textflag.h"

// func sumRows(rows *[numClasses]int16, f []Feature, z *[numClasses]float64)
TEXT ·sumRows(SB), NOSPLIT, $0-40
	MOVQ rows+0(FP), AX
	MOVQ f_base+8(FP), BX
	MOVQ f_len+16(FP), CX
	MOVQ z+32(FP), DI
	MOVSD 0(DI), X0
	MOVSD 8(DI), X1
	MOVSD 16(DI), X2
	TESTQ CX, CX
	JEQ done
loop:
	MOVQ 0(BX), DX // Feature.Index
	ANDQ $262143, DX // modelDim-1: every slot is below modelDim
	LEAQ (DX)(DX*2), DX // numClasses int16s a row
	MOVSD 8(BX), X3 // Feature.Value
	MOVWQSX 0(AX)(DX*2), R8
	CVTSQ2SD R8, X4
	MULSD X3, X4
	ADDSD X4, X0
	MOVWQSX 2(AX)(DX*2), R8
	CVTSQ2SD R8, X5
	MULSD X3, X5
	ADDSD X5, X1
	MOVWQSX 4(AX)(DX*2), R8
	CVTSQ2SD R8, X6
	MULSD X3, X6
	ADDSD X6, X2
	ADDQ $16, BX // the size of a Feature
	DECQ CX
	JNZ loop
done:
	MOVSD X0, 0(DI)
	MOVSD X1, 8(DI)
	MOVSD X2, 16(DI)
	RET
