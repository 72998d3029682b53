import { z } from 'zod';

// Validation messages reach users, so they are in Chinese. Schemas import z from here to get that setting.
z.config(z.locales.zhCN());

export { z };
