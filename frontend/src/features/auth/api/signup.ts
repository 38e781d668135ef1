import { useMutation } from '@tanstack/react-query';

import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';
import { answers, type ApiBody, type ApiResponse } from '@/lib/openapi';

export type SignupInput = {
  identifier: string;
  password: string;
  displayName: string;
  language: string;
  volunteer: boolean;
};

const signupStartedSchema = answers<ApiResponse<'/api/auth/signup', 'post'>>()(
  z.object({ status: z.string(), handle: z.string() }),
);
export type SignupStarted = z.infer<typeof signupStartedSchema>;

/**
 * 202 always: a code goes to the identifier (or a "you already have an account" message). The
 * handle must come back with the code, so only this browser can complete this sign-up.
 */
export function signup(input: SignupInput): Promise<SignupStarted> {
  return apiRequest('POST', '/api/auth/signup', signupStartedSchema, {
    body: input satisfies ApiBody<'/api/auth/signup', 'post'>,
  });
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
