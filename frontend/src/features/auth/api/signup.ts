import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

export type SignupInput = {
  identifier: string;
  password: string;
  displayName: string;
  language: string;
  volunteer: boolean;
};

/** 202 always: a code goes to the identifier (or a "you already have an account" message). */
export function signup(input: SignupInput): Promise<void> {
  return apiRequest('POST', '/api/auth/signup', undefined, { body: input });
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
